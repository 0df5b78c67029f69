"""Whole-page cache for anonymous visitors of the public site.

A page is stored per release, content generation (caching.generation), scheme, host, path (which
carries the language prefix), language and the query parameters the site's listings read
(core.listing.understood_parameters), sorted, empty values dropped. A request with any other
parameter, or an over-long value, is served fresh and not stored, so junk URLs cannot evict pages.

Only anonymous GET/HEAD requests without a session or messages cookie are served from it, and
only plain 200 responses that set no cookie, are not private and hold no CSRF token are stored.
PAGE_CACHE_SECONDS=0 turns it off. The cache is Django's default: Redis when REDIS_URL is set,
otherwise a file cache that every process on the machine shares (the server, the scheduler and
`manage.py` commands all see the same generation). `X-Page-Cache: hit|miss` is sent in DEBUG or
with PAGE_CACHE_DEBUG_HEADER.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from core.listing import understood_parameters

from .generation import generation, release, serving_visitor

logger = logging.getLogger(__name__)
CACHED_HEADER = "X-Page-Cache"
MAX_PARAMETER_LENGTH = 200
MAX_PARAMETER_VALUES = 20
EXEMPT_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/healthz", "/readyz")


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


def cache_key(request, parameters):
    parts = [
        release(),
        str(generation()),
        request.scheme,
        request.get_host(),
        translation.get_language() or "",
    ]
    raw = "|".join([*parts, request.path, repr(parameters)])
    return "page:" + hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def _seconds():
    return settings.PAGE_CACHE_SECONDS


def _is_cacheable_request(request):
    if not _seconds() or request.method not in ("GET", "HEAD") or getattr(request, "is_dummy", False):
        return False
    if request.path.startswith(EXEMPT_PREFIXES):
        return False
    return settings.SESSION_COOKIE_NAME not in request.COOKIES and "messages" not in request.COOKIES


def _is_cacheable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    control = response.get("Cache-Control", "")
    if "private" in control or "no-store" in control or "no-cache" in control:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False  # the page holds this visitor's CSRF token (a form)
    session = getattr(request, "session", None)
    return not (session is not None and session.accessed)


def _mark(response, value):
    if getattr(settings, "PAGE_CACHE_DEBUG_HEADER", settings.DEBUG):
        response[CACHED_HEADER] = value


class PageCacheMiddleware:
    """Serve anonymous visitors from the cache. Place it after the session, locale and common
    middleware (it needs the language and a valid host); a hit skips the rest."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # What a public request writes (counters, form submissions) never drops cached pages.
        token = serving_visitor.set(not request.path.startswith(EXEMPT_PREFIXES[:2]))
        try:
            return self._serve(request)
        finally:
            serving_visitor.reset(token)

    def _serve(self, request):
        parameters = normalised_parameters(request) if _is_cacheable_request(request) else None
        if parameters is None:
            return self.get_response(request)
        try:
            key = cache_key(request, parameters)
            cached = cache.get(key)
        except Exception:  # the cache is down: serve fresh pages (and let /readyz report it)
            logger.warning("Page cache unreachable; serving uncached", exc_info=True)
            return self.get_response(request)
        if cached is not None:
            _mark(cached, "hit")
            return cached
        response = self.get_response(request)
        if _is_cacheable_response(request, response):
            if callable(getattr(response, "render", None)) and not response.is_rendered:
                response.render()
            _mark(response, "miss")
            try:
                cache.set(key, response, _seconds())
            except Exception:  # the cache is down (any backend): the visitor still gets the page
                logger.warning("Page cache unreachable; page not stored", exc_info=True)
        return response
