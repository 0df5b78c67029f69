#!/usr/bin/env python3
"""Print `<status> <sha256> <path>` for every public URL a running server serves: snapshot_pages.py BASE_URL.

The digest is of what a page says, not of its bytes: a CSRF token differs on every answer, and
lists the database returns without a fixed order (equal dates, equal counts) may come back in
another order after a restore. So the body's CSRF tokens are blanked and its markup is cut into
tags and texts, which are sorted before hashing: a lost row or file still changes the digest (a
text, a link or an <img> is missing), another order of the same rows does not.
"""

import hashlib
import os
import re
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stack

LANGUAGES = stack.site_languages()

CSRF_TOKEN = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")|(csrftoken=)[A-Za-z0-9]+')
PIECES = re.compile(rb"<[^>]*>|[^<]+")


def public_paths(base):
    """Every page of the sitemap, the untranslated copies too, plus search, robots and sitemap."""
    with urllib.request.urlopen(f"{base}/sitemap.xml", timeout=10) as response:
        sitemap = response.read().decode()
    paths = {urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)}
    for path in list(paths):
        parts = path.split("/", 2)
        if len(parts) > 2 and parts[1] in LANGUAGES:
            paths.update(f"/{code}/{parts[2]}" for code in LANGUAGES)
    paths.update(f"/{code}/search/?q={q}" for code in LANGUAGES for q in ("tools", "training", "vet"))
    paths.update({"/sitemap.xml", "/robots.txt"})
    return sorted(paths)


def digest(body):
    """The SHA-256 of the page's sorted tags and texts, CSRF tokens blanked."""
    body = CSRF_TOKEN.sub(lambda m: (m.group(1) or m.group(3) or b"") + (m.group(2) or b""), body)
    pieces = sorted(piece.strip() for piece in PIECES.findall(body) if piece.strip())
    return hashlib.sha256(b"\n".join(pieces)).hexdigest()


def keep(bodies, path, body):
    """Write the page's sorted pieces under `bodies` (SNAPSHOT_BODIES), to see what differs."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", path).strip("_") or "root"
    body = CSRF_TOKEN.sub(lambda m: (m.group(1) or m.group(3) or b"") + (m.group(2) or b""), body)
    pieces = sorted(piece.strip() for piece in PIECES.findall(body) if piece.strip())
    Path(bodies, name).write_bytes(b"\n".join(pieces))


def main(base):
    assert base.startswith("http://127.0.0.1:"), "local servers only"
    bodies = os.environ.get("SNAPSHOT_BODIES")
    if bodies:
        Path(bodies).mkdir(parents=True, exist_ok=True)
    for path in public_paths(base):
        try:
            with urllib.request.urlopen(base + path, timeout=30) as response:
                status, body = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, body = error.code, error.read()
        print(status, digest(body), path)
        if bodies:
            keep(bodies, path, body)


if __name__ == "__main__":
    main(sys.argv[1])
