"""Whole-page cache for anonymous visitors of the public site.

A page is stored per host, full path (which carries the language prefix and the query string)
and active language. Publishing, unpublishing, translating, moving or deleting content (and
saving a snippet or a setting) bumps one site-wide "generation" number that is part of every
key, so every cached page is dropped at once: simple, and always correct for a site where
content changes far less often than it is read.

Editors (anyone with a session cookie) and requests carrying a messages cookie always get a
fresh page, and only plain 200 responses that set no cookie and do not vary by session are
stored. PAGE_CACHE_SECONDS=0 turns it off. The backend is Django's default cache: Redis when REDIS_URL is set, local memory otherwise.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import translation

logger = logging.getLogger(__name__)
GENERATION_KEY = "page-cache:generation"
CACHED_HEADER = "X-Page-Cache"

# Saving these does not change what a visitor sees, and some are saved while pages are viewed
# (renditions) or while editors work (editing sessions, logs, drafts).
_QUIET_APPS = {"sessions", "contenttypes", "admin", "wagtailadmin", "wagtailusers", "auth"}
# Counters written by visitors' requests (downloads, search log) never change what a page shows.
_QUIET_MODELS = {
    "indexentry",
    "revision",
    "pagelogentry",
    "modellogentry",
    "pagesubscription",
    "resourcedownload",
    "searchquerylog",
}


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = 1
        cache.add(GENERATION_KEY, value, None)
    return value


def invalidate(**kwargs):
    """Drop every cached page."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet (or evicted): start a fresh generation
        cache.set(GENERATION_KEY, 2, None)
    except Exception:  # an unreachable cache holds no pages to drop; the edit itself must not fail
        logger.error("Page cache unreachable; could not drop cached pages", exc_info=True)


def _changes_public_content(sender):
    meta = sender._meta
    if meta.app_label in _QUIET_APPS or meta.model_name in _QUIET_MODELS:
        return False
    return not (meta.model_name.endswith("rendition") or meta.app_label.startswith("wagtail_localize"))


def _on_model_change(sender, **kwargs):
    if _changes_public_content(sender):
        invalidate()


def connect_signals():
    from wagtail.signals import page_published, page_unpublished

    page_published.connect(invalidate, dispatch_uid="page_cache_published")
    page_unpublished.connect(invalidate, dispatch_uid="page_cache_unpublished")
    post_save.connect(_on_model_change, dispatch_uid="page_cache_post_save")
    post_delete.connect(_on_model_change, dispatch_uid="page_cache_post_delete")


def _cache_key(request):
    raw = "|".join(
        [str(generation()), request.get_host(), translation.get_language() or "", request.get_full_path()]
    )
    return "page-cache:" + hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def _cache_seconds():
    """Read per request, so PAGE_CACHE_SECONDS=0 turns the cache off (and tests can measure rendering)."""
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


def _is_cacheable_request(request):
    if not _cache_seconds():
        return False
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(tuple(getattr(settings, "PAGE_CACHE_EXEMPT", ("/admin/", "/documents/")))):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _is_cacheable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if "private" in response.get("Cache-Control", "") or "no-store" in response.get("Cache-Control", ""):
        return False
    session = getattr(request, "session", None)
    return not (session is not None and session.accessed)


class PageCacheMiddleware:
    """Serve anonymous visitors from the cache; place it after the locale and auth middleware."""

    def __init__(self, get_response):
        self.get_response = get_response
        connect_signals()

    def __call__(self, request):
        if not _is_cacheable_request(request):
            return self.get_response(request)
        try:
            key = _cache_key(request)
            cached = cache.get(key)
        except Exception:  # the cache is down: serve fresh pages (and let /readyz report it)
            logger.warning("Page cache unreachable; serving uncached", exc_info=True)
            return self.get_response(request)
        if cached is not None:
            cached[CACHED_HEADER] = "hit"
            return cached
        response = self.get_response(request)
        if _is_cacheable_response(request, response):
            if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
                response.render()
            response[CACHED_HEADER] = "miss"
            try:
                cache.set(key, response, _cache_seconds())
            except Exception:
                logger.warning("Page cache unreachable; page not stored", exc_info=True)
        return response
