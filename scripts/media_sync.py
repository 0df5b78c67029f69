#!/usr/bin/env python3
"""Copy the media bucket to a directory or back: `media_sync.py download DIR` / `upload DIR`.

Reads the same AWS_* variables as the site (AWS_STORAGE_BUCKET_NAME, AWS_S3_ENDPOINT_URL,
AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_S3_REGION_NAME). Used by backup.sh and restore.sh.
"""

import os
import sys
from pathlib import Path

import boto3


def client():
    return boto3.client(
        "s3",
        endpoint_url=os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        aws_access_key_id=os.environ.get("AWS_ACCESS_KEY_ID"),
        aws_secret_access_key=os.environ.get("AWS_SECRET_ACCESS_KEY"),
        region_name=os.environ.get("AWS_S3_REGION_NAME") or None,
    )


def main(action, directory):
    bucket = os.environ["AWS_STORAGE_BUCKET_NAME"]
    s3 = client()
    root = Path(directory)
    count = 0
    if action == "download":
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for item in page.get("Contents", []):
                target = root / item["Key"]
                target.parent.mkdir(parents=True, exist_ok=True)
                s3.download_file(bucket, item["Key"], str(target))
                count += 1
    elif action == "upload":
        acl = os.environ.get("AWS_DEFAULT_ACL")
        extra = {"ACL": acl} if acl else None
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            s3.upload_file(str(path), bucket, path.relative_to(root).as_posix(), ExtraArgs=extra)
            count += 1
    else:
        raise SystemExit(__doc__)
    print(f"{action}: {count} objects")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
