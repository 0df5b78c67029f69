"""The media bucket's backup and restore (scripts/media_sync.py, which backup.sh and restore.sh
call when the media live on S3-compatible storage): every object comes back byte for byte under
its own key, public again, against a moto server on 127.0.0.1."""

import os
import sys

from tests.production.scripts_run import run_script

BUCKET = "vetweb-backup-test"
OBJECTS = {
    "media/original_images/partners-meeting.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    "media/documents/udhëzues-për-cilësinë.pdf": b"%PDF-1.7 a guide in Albanian",
    "media/images/partners-meeting.fill-100x50.webp": b"RIFF....WEBP",
}
PUBLIC_READ = "http://acs.amazonaws.com/groups/global/AllUsers"


def media_sync(endpoint, *arguments):
    env = {
        **os.environ,
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_DEFAULT_ACL": "public-read",
    }
    return run_script([sys.executable, "scripts/media_sync.py", *arguments], env, timeout=120)[0]


def stored(client):
    keys = [item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])]
    return {key: client.get_object(Bucket=BUCKET, Key=key)["Body"].read() for key in keys}


def test_the_bucket_is_backed_up_wiped_and_restored_byte_for_byte_and_public(s3_bucket, tmp_path):
    endpoint, client = s3_bucket
    for key, body in OBJECTS.items():
        client.put_object(Bucket=BUCKET, Key=key, Body=body, ACL="public-read")

    backup = media_sync(endpoint, "download", str(tmp_path))
    assert backup.returncode == 0, backup.stderr
    assert backup.stdout.strip() == "download: 3 objects"
    assert {
        path.relative_to(tmp_path).as_posix(): path.read_bytes()
        for path in tmp_path.rglob("*")
        if path.is_file()
    } == OBJECTS

    for key in OBJECTS:  # the bucket is lost
        client.delete_object(Bucket=BUCKET, Key=key)
    assert stored(client) == {}

    restore = media_sync(endpoint, "upload", str(tmp_path))
    assert restore.returncode == 0, restore.stderr
    assert restore.stdout.strip() == "upload: 3 objects"
    assert stored(client) == OBJECTS
    for key in OBJECTS:  # visitors' browsers fetch them straight from the bucket
        grants = client.get_object_acl(Bucket=BUCKET, Key=key)["Grants"]
        assert any(g["Grantee"].get("URI") == PUBLIC_READ and g["Permission"] == "READ" for g in grants), key


def test_a_wrong_command_says_how_to_use_it_and_changes_nothing(s3_bucket, tmp_path):
    endpoint, client = s3_bucket
    before = stored(client)

    result = media_sync(endpoint, "uplaod", str(tmp_path))

    assert result.returncode != 0
    assert "media_sync.py download DIR" in result.stderr
    assert stored(client) == before
