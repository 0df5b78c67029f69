#!/usr/bin/env bash
# Tested restore, on this machine only: a scratch site (PostgreSQL database + media directory) is
# seeded and served by gunicorn; its pages are recorded; backup.sh backs it up; the database and
# the media are wiped; restore.sh restores them; gunicorn serves the same pages again, byte for
# byte, and the media files are the same. Exits non-zero when anything differs.
# RESTORE_TEST_LOSE=row|file loses one library entry or one media file after the restore, to show
# that the comparison catches a real loss (the run must then fail).
# RESTORE_TEST_LOSSES=1: after the correct restore passes, restore the same backup twice more, lose
# a row, then a file, and pass only if the comparison catches each loss (one seed for all three).
# RESTORE_TEST_BODIES=DIR keeps what each page said, per run, to read what differs.
# RESTORE_TEST_FROM_DB (+ RESTORE_TEST_FROM_MEDIA): start from a copy of that database (and media
# directory) instead of seeding, e.g. a copy of the real site's.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
DB="${RESTORE_TEST_DB:-vetweb_production_restore}"
PORT="${RESTORE_TEST_PORT:-8240}"
work="$(mktemp -d /tmp/vetweb-restore-test.XXXXXX)"

export DJANGO_SETTINGS_MODULE=vetweb_site.settings.production
export SECRET_KEY="restore-test-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=false LOG_LEVEL=ERROR
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/5}" CACHE_KEY_PREFIX="vetweb-restore-test-$$"
export MEDIA_ROOT="$work/media" STATIC_ROOT="${STATIC_ROOT:-/tmp/vetweb-production-static}"

pgopts=(-h 127.0.0.1 -U postgres)
serve() {
    .venv/bin/gunicorn -c gunicorn.conf.py vetweb_site.wsgi --bind "127.0.0.1:$PORT" --workers 2 \
        --access-logfile /dev/null --error-logfile "$work/gunicorn.log" --daemon --pid "$work/gunicorn.pid"
    for _ in $(seq 120); do
        curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null && return 0
        sleep 0.5
    done
    echo "gunicorn did not become ready" >&2
    tail -20 "$work/gunicorn.log" >&2
    return 1
}
unserve() {
    local pid
    pid="$(cat "$work/gunicorn.pid" 2>/dev/null || true)"
    [ -n "$pid" ] || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 80); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    rm -f "$work/gunicorn.pid"
}
media_sums() { (cd "$MEDIA_ROOT" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum); }
cleanup() { unserve; dropdb --if-exists "${pgopts[@]}" "$DB"; rm -rf "$work"; }
trap cleanup EXIT

wipe() {
    dropdb "${pgopts[@]}" "$DB"
    createdb "${pgopts[@]}" "$DB"
    rm -rf "$MEDIA_ROOT"
    if $PY manage.py shell --no-imports -c "from wagtail.models import Page; Page.objects.count()" >/dev/null 2>&1; then
        echo "the wipe left the site's tables in place" >&2
        exit 1
    fi
}
lose() {
    case "$1" in
        row)
            echo "==> Losing one row on purpose"
            $PY manage.py shell --no-imports -c "
from resources.models import Resource
Resource.objects.filter(live=True).order_by('pk').first().delete()
" ;;
        file)
            echo "==> Losing one media file on purpose"
            # sed reads the whole list (head would close the pipe early: SIGPIPE under pipefail).
            rm -f "$(find "$MEDIA_ROOT" -type f -name '*.pdf' | sort | sed -n 1p)" ;;
    esac
}
# Serve the restored site, record it as $work/pages-$1.txt and $work/media-$1.txt.
record() {
    serve
    SNAPSHOT_BODIES="${RESTORE_TEST_BODIES:+$RESTORE_TEST_BODIES/$1}" \
        $PY scripts/snapshot_pages.py "http://127.0.0.1:$PORT" > "$work/pages-$1.txt"
    media_sums > "$work/media-$1.txt"
    unserve
}
same_as_before() {
    diff -u "$work/pages-before.txt" "$work/pages-$1.txt" && diff -u "$work/media-before.txt" "$work/media-$1.txt"
}

echo "==> A scratch site in database $DB, media in $MEDIA_ROOT"
dropdb --if-exists "${pgopts[@]}" "$DB"
$PY manage.py compilemessages --ignore=.venv -v0
if [ -n "${RESTORE_TEST_FROM_DB:-}" ]; then
    createdb "${pgopts[@]}" -T "$RESTORE_TEST_FROM_DB" "$DB"
    mkdir -p "$MEDIA_ROOT"
    [ -z "${RESTORE_TEST_FROM_MEDIA:-}" ] || cp -a "$RESTORE_TEST_FROM_MEDIA/." "$MEDIA_ROOT/"
    $PY manage.py migrate --noinput -v0
else
    createdb "${pgopts[@]}" "$DB"
    $PY manage.py migrate --noinput -v0
    $PY manage.py seed_site >/dev/null
fi
$PY manage.py collectstatic --noinput -v0
$PY manage.py shell --no-imports -c "
import io
from PIL import Image as P
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.documents import get_document_model
from django.core.files.base import ContentFile
b = io.BytesIO(); P.new('RGB', (300, 200), (0, 51, 153)).save(b, 'PNG')
image = get_image_model()(title='Restore test image'); image.file = ImageFile(b, name='restore.png'); image.save()
image.get_rendition('fill-120x80')
doc = get_document_model()(title='Restore test document'); doc.file.save('restore.pdf', ContentFile(b'%PDF-1.4 restore'), save=True)
"
record before
echo "    $(wc -l < "$work/pages-before.txt") pages and $(wc -l < "$work/media-before.txt") media files recorded"

echo "==> Backup"
backup="$(scripts/backup.sh "$work/backups")"
ls -l "$backup"

echo "==> Wipe: drop the database, delete the media"
wipe

echo "==> Restore"
scripts/restore.sh "$backup"
lose "${RESTORE_TEST_LOSE:-}"

echo "==> Compare"
record after
same_as_before after
if grep -qv '^200 ' "$work/pages-before.txt"; then
    echo "some pages did not answer 200" >&2
    exit 1
fi
echo "Restore test passed: $(wc -l < "$work/pages-after.txt") pages identical, $(wc -l < "$work/media-after.txt") media files identical"

if [ -n "${RESTORE_TEST_LOSSES:-}" ]; then
    for loss in row file; do
        echo "==> The same restore, then a lost $loss"
        wipe
        scripts/restore.sh "$backup" >/dev/null
        lose "$loss"
        record "lost-$loss"
        if same_as_before "lost-$loss" >/dev/null; then
            echo "a lost $loss went unnoticed" >&2
            exit 1
        fi
        differing="$(diff "$work/pages-before.txt" "$work/pages-lost-$loss.txt" | grep -c '^>' || true)"
        missing="$(diff "$work/media-before.txt" "$work/media-lost-$loss.txt" | grep -c '^<' || true)"
        echo "A lost $loss is caught: $differing pages differ, $missing media files missing"
    done
fi
