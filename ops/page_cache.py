"""Whole-page cache for anonymous visitors of the public site.

A page is stored per scheme, host, path (which carries the language prefix), active language and
the query parameters the site's listings read (core.listing.understood_parameters), sorted, with
empty values dropped. A request with any other parameter, or an over-long value, is served fresh
and not stored, so junk URLs cannot evict real pages. Publishing, unpublishing, translating, moving or deleting content (and
saving a snippet or a setting) bumps one site-wide "generation" number that is part of every
key, so every cached page is dropped at once: simple, and always correct for a site where
content changes far less often than it is read.

Editors (anyone with a session cookie) and requests carrying a messages cookie always get a
fresh page, and only plain 200 responses that set no cookie and do not vary by session are
stored; preview (dummy) requests are never served from or stored in it. PAGE_CACHE_SECONDS=0
turns it off. The backend is Django's default cache: Redis when REDIS_URL is set, local memory
otherwise (production refuses that: ops.checks). The `X-Page-Cache: hit|miss` header is sent
only in DEBUG (or with PAGE_CACHE_DEBUG_HEADER).
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal
from django.utils import translation

from core.listing import understood_parameters

logger = logging.getLogger(__name__)
GENERATION_KEY = "page-cache:generation"
CACHED_HEADER = "X-Page-Cache"
MAX_PARAMETER_LENGTH = 200
MAX_PARAMETER_VALUES = 20
# Sent with `request` and `response` when a page is served from the cache, so what a view counts
# (a search in the search log) is counted for cached pages too: caching must not hide counts.
# A receiver returns True when the response counts something each time it is served: served from
# an app server's memory (ops/front_cache.py), the signal is then sent for it there too.
served_from_cache = Signal()
# Put in the WSGI environ on a hit, for ops/front_cache.py: (generation, time it leaves the cache,
# the cached response if serving it counts something, else None).
SERVABLE_FROM_MEMORY = "vetweb.page_cache.servable"
# Edits seen by this process (ops/front_cache.py reads the generation again at once after one).
invalidations_here = 0

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
    "dailyvisitor",
    "toolkitpack",
    "translationrequest",
    "reusereport",
    # Messages and signups the public sends: nothing on a page shows them, and a burst of them
    # must not empty the cache for everyone.
    "formsubmission",
    "newslettersubscriber",
}


def _fresh_generation():
    """A starting generation no earlier counter reached: if the counter is ever evicted while
    pages and fragments of its generations are still cached, restarting at 1 would serve them
    again; microseconds since the epoch outrun any number of edits."""
    return time.time_ns() // 1_000


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = _fresh_generation()
        if not cache.add(GENERATION_KEY, value, None):  # another process started it first
            value = cache.get(GENERATION_KEY, value)
    return value


def invalidate(**kwargs):
    """Drop every cached page."""
    global invalidations_here
    invalidations_here += 1
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet (or evicted): start a fresh generation
        cache.set(GENERATION_KEY, _fresh_generation(), None)
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


def normalised_parameters(request):
    """The understood query parameters as sorted (name, value) pairs, or None when it has others."""
    known = understood_parameters()
    pairs = set()
    for name, values in request.GET.lists():
        if name not in known or len(values) > MAX_PARAMETER_VALUES:
            return None
        for value in values:
            value = value.strip()
            if len(value) > MAX_PARAMETER_LENGTH:
                return None
            if value:
                pairs.add((name, value))
    return sorted(pairs)


def _cache_key(request, parameters, current):
    parts = [str(current), request.scheme, request.get_host(), translation.get_language() or ""]
    raw = "|".join([*parts, request.path, repr(parameters)])
    return "page-cache:" + hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def _cache_seconds():
    """Read per request, so PAGE_CACHE_SECONDS=0 turns the cache off (and tests can measure rendering)."""
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


def _is_cacheable_request(request):
    if not _cache_seconds():
        return False
    if request.method not in ("GET", "HEAD") or getattr(request, "is_dummy", False):
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
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        # The page holds this visitor's CSRF token (a form); the CSRF middleware adds its cookie
        # only after this one has run, so the cookie check above cannot see it.
        return False
    session = getattr(request, "session", None)
    return not (session is not None and session.accessed)


def _mark(response, value):
    if getattr(settings, "PAGE_CACHE_DEBUG_HEADER", settings.DEBUG):
        response[CACHED_HEADER] = value


class PageCacheMiddleware:
    """Serve anonymous visitors from the cache; place it after the session, locale and common
    middleware, before the rest (a hit skips them)."""

    def __init__(self, get_response):
        self.get_response = get_response
        connect_signals()

    def __call__(self, request):
        parameters = normalised_parameters(request) if _is_cacheable_request(request) else None
        if parameters is None:
            return self.get_response(request)
        try:
            current = generation()
            key = _cache_key(request, parameters, current)
            cached = cache.get(key)
        except Exception:  # the cache is down: serve fresh pages (and let /readyz report it)
            logger.warning("Page cache unreachable; serving uncached", exc_info=True)
            return self.get_response(request)
        if cached is not None:
            _mark(cached, "hit")
            receivers = served_from_cache.send(sender=PageCacheMiddleware, request=request, response=cached)
            expires = getattr(cached, "page_cache_expires", None)
            if expires:
                counts = any(result is True for _receiver, result in receivers)
                request.META[SERVABLE_FROM_MEMORY] = (current, expires, cached if counts else None)
            return cached
        response = self.get_response(request)
        if _is_cacheable_response(request, response):
            if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
                response.render()
            _mark(response, "miss")
            response.page_cache_expires = time.time() + _cache_seconds()
            try:
                cache.set(key, response, _cache_seconds())
            except Exception:
                logger.warning("Page cache unreachable; page not stored", exc_info=True)
        return response
