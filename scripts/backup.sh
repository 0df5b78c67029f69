#!/usr/bin/env bash
# Back up the database and the media: scripts/backup.sh [BACKUP_DIR]
#
# Reads the site's own environment: DATABASE_URL (PostgreSQL), and either AWS_STORAGE_BUCKET_NAME
# (+ AWS_* variables; the bucket is copied) or MEDIA_ROOT (the directory is archived).
# Writes BACKUP_DIR/<UTC timestamp>/{db.dump, media.tar.gz or media/} and prints that directory.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?Set DATABASE_URL (postgres://...)}"
PYTHON="${PYTHON:-.venv/bin/python}"
root="${1:-${BACKUP_DIR:-backups}}"
dir="$root/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$dir"

# Custom format: compressed, and pg_restore can restore it into an empty or an existing database.
pg_dump --format=custom --no-owner --no-privileges --file="$dir/db.dump" "$DATABASE_URL"

if [ -n "${AWS_STORAGE_BUCKET_NAME:-}" ]; then
    "$PYTHON" scripts/media_sync.py download "$dir/media" >&2
else
    media="${MEDIA_ROOT:-media}"
    mkdir -p "$media"
    tar -czf "$dir/media.tar.gz" -C "$media" .
fi
( cd "$dir" && sha256sum db.dump $( [ -f media.tar.gz ] && echo media.tar.gz ) > SHA256SUMS )
echo "$dir"
