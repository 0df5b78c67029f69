"""Background jobs of the library: building offline toolkit packs (django-tasks; settings TASKS).

Without a TASKS setting django-tasks runs a job at once, in the process that enqueued it (the
tests do so on purpose); with a worker backend the builds leave the request."""

import logging
from datetime import timedelta

from django_tasks import task

from django.core.files.storage import default_storage
from django.db import transaction
from django.http import QueryDict
from django.utils import timezone

from .models import ResourceLibraryPage, ToolkitPack
from .packs import PackView, build, fingerprint, max_bytes, max_resources

logger = logging.getLogger(__name__)
MAX_STORED_PACKS = 500  # views kept; the least recently asked for go first
BUILD_TIMEOUT = timedelta(minutes=10)  # a build claimed longer ago than this is taken as failed


def claim_build(pack, key):
    """True for exactly one of the processes asking to build `key` for `pack` (one conditional
    UPDATE: the database serialises them); a claim older than BUILD_TIMEOUT may be taken over."""
    now = timezone.now()
    claimed = (
        ToolkitPack.objects.filter(pk=pack.pk)
        .exclude(building_key=key, building_since__gt=now - BUILD_TIMEOUT)
        .update(building_key=key, building_since=now)
    )
    return claimed == 1


def refresh_pack(pack):
    """Build `pack` again if what it lists changed (or it was never built); True when it (re)built."""
    view = PackView.from_query(pack.language_code, QueryDict(pack.parameters))
    library = ResourceLibraryPage.for_locale(view.locale)
    entries = view.entries()
    size = sum(entry.file.size or 0 for entry in entries if entry.file)
    if library is None or not entries or len(entries) > max_resources() or size > max_bytes():
        return False
    key = fingerprint(view.language_code, entries, view.parameters)
    if key == pack.key and pack.file_name and default_storage.exists(pack.file_name):
        return False
    if not claim_build(pack, key):  # another request or worker is building this content now
        return False
    old_name = pack.file_name
    pack.file_name, pack.size = build(view, pack.origin, library.get_url(), entries)
    pack.key, pack.resource_count, pack.built_at = key, len(entries), timezone.now()
    pack.save(update_fields=["file_name", "size", "key", "resource_count", "built_at"])
    if (
        old_name
        and old_name != pack.file_name
        and not ToolkitPack.objects.filter(file_name=old_name).exists()
    ):
        default_storage.delete(old_name)
    return True


def forget_old_packs():
    """Keep at most MAX_STORED_PACKS views: an endless variety of filter URLs cannot fill the storage."""
    stale = ToolkitPack.objects.order_by("-requested_at").values_list("pk", flat=True)[MAX_STORED_PACKS:]
    for pack in ToolkitPack.objects.filter(pk__in=list(stale)):
        if (
            pack.file_name
            and not ToolkitPack.objects.filter(file_name=pack.file_name).exclude(pk=pack.pk).exists()
        ):
            default_storage.delete(pack.file_name)
        pack.delete()


@task()
def build_pack(pack_id):
    pack = ToolkitPack.objects.filter(pk=pack_id).first()
    if pack is not None:
        refresh_pack(pack)
        forget_old_packs()


@task()
def rebuild_packs():
    """After a library change: rebuild every stored pack whose content changed."""
    for pack in ToolkitPack.objects.all():
        try:
            refresh_pack(pack)
        except OSError:  # an unreadable file: that pack waits for the next change or request
            logger.exception("Could not rebuild toolkit pack %s", pack.pk)


def _enqueue_rebuild():
    rebuild_packs.enqueue()


def schedule_rebuild(**kwargs):
    """Signal handler: after the change commits, rebuild the packs in the background. Several saves
    in one transaction enqueue several jobs; all but the first find every pack up to date."""
    transaction.on_commit(_enqueue_rebuild)
