"""The content generation: one number that moves on every change a visitor can see.

Every cached page and fragment is keyed by the release and the generation, so moving the
generation drops them all at once. It moves through model signals connected in
`CachingConfig.ready()`, so it moves whatever made the change: the admin, `publish_scheduled`, a
management command, a shell, `loaddata`. What only a database tool changes (a restore from a
dump, a bulk `.update()`) is followed by `manage.py drop_page_cache`.

Two kinds of writes never move it: writes made while serving a public (non-admin) request, which
are counters and form submissions that no page shows at once, and draft-only saves of a page or
snippet (autosave, a new revision), which visitors do not see until published.
"""

import contextvars
import logging
import subprocess
import time
from functools import cache as once

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from .edge import purge_after_commit

logger = logging.getLogger(__name__)
GENERATION_KEY = "content-generation"

# Saves of these fields alone are drafts: a visitor sees them only once published (a signal).
DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}
# Written while pages are viewed or edited, never shown by a page as it stands.
QUIET_APPS = {"sessions", "contenttypes", "admin", "wagtailadmin", "wagtailusers", "auth", "wagtailsearch"}
# The search indexes (Wagtail's and the site's word forms, search.SearchTerm) are rewritten on every
# save, a draft's included: an editor's autosave dropped every cached page.
QUIET_MODELS = {
    "revision",
    "pagelogentry",
    "modellogentry",
    "pagesubscription",
    "indexentry",
    "searchterm",
    "uploadedfile",
}

serving_visitor = contextvars.ContextVar("serving_visitor", default=False)


@once
def release():
    """What identifies the running code: RELEASE, else the commit, else the start time (a process
    that cannot tell its release shares no cached pages with another)."""
    if getattr(settings, "RELEASE", ""):
        return settings.RELEASE
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"],  # noqa: S607
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    return commit or f"started-{time.time_ns()}"


def generation():
    """The current generation; a new one (microseconds since the epoch, beyond any earlier counter)
    when the cache has none, so an evicted counter never brings back pages of an older one."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = time.time_ns() // 1_000
        if not cache.add(GENERATION_KEY, value, None):  # another process started one first
            value = cache.get(GENERATION_KEY, value)
    return value


def _move():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set (or evicted): the next reader starts a fresh one
        cache.delete(GENERATION_KEY)
    except Exception:  # an unreachable cache holds no pages to drop; the edit itself must not fail
        logger.error("Cache unreachable: cached pages could not be dropped", exc_info=True)


def content_changed(**kwargs):
    """Drop every cached page now, and again once the change is committed (a page rendered in
    between from the old rows must not outlive it); the edge drops them once it is committed."""
    _move()
    transaction.on_commit(_move)
    purge_after_commit()


def _is_visible_change(sender, kwargs):
    meta = sender._meta
    if meta.app_label in QUIET_APPS or meta.model_name in QUIET_MODELS:
        return False
    if meta.model_name.endswith("rendition") or meta.app_label.startswith("wagtail_localize"):
        return False
    update_fields = kwargs.get("update_fields")
    return not (update_fields and set(update_fields) <= DRAFT_FIELDS)


def on_model_change(sender, **kwargs):
    if not serving_visitor.get() and _is_visible_change(sender, kwargs):
        content_changed()
