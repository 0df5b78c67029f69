#!/usr/bin/env bash
# Restore a backup made by backup.sh: scripts/restore.sh BACKUP_DIR/<timestamp>
#
# Same environment as the site and backup.sh. Replaces the database's contents (pg_restore
# --clean) and puts the media back (into the bucket, or into MEDIA_ROOT), then clears the cache
# so no app server serves anything from before the restore. Stop the app servers first, or
# take them out of the load balancer (/readyz), and run `manage.py migrate` afterwards when the
# backup is older than the code.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?Set DATABASE_URL (postgres://...)}"
PYTHON="${PYTHON:-.venv/bin/python}"
dir="${1:?Usage: scripts/restore.sh BACKUP_DIR/<timestamp>}"
( cd "$dir" && sha256sum --check --quiet SHA256SUMS )

pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --dbname="$DATABASE_URL" "$dir/db.dump"

if [ -n "${AWS_STORAGE_BUCKET_NAME:-}" ]; then
    "$PYTHON" scripts/media_sync.py upload "$dir/media"
else
    media="${MEDIA_ROOT:-media}"
    mkdir -p "$media"
    tar -xzf "$dir/media.tar.gz" -C "$media"
fi

# A restore sends no model signals: drop the pages cached from the old rows (docs/architecture.md).
"$PYTHON" manage.py drop_page_cache
echo "restored $dir"
