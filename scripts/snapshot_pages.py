#!/usr/bin/env python3
"""Print `<status> <sha256> <path>` for every public URL a running server serves: snapshot_pages.py BASE_URL."""

import hashlib
import sys
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from loadtest import public_paths


def main(base):
    assert base.startswith("http://127.0.0.1:"), "local servers only"
    for path in public_paths(base):
        try:
            with urllib.request.urlopen(base + path, timeout=30) as response:
                status, body = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, body = error.code, error.read()
        print(status, hashlib.sha256(body).hexdigest(), path)


if __name__ == "__main__":
    main(sys.argv[1])
