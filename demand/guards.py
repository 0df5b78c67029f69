"""What every public demand form checks before counting: a person, from this site, not too often.

The forms carry no CSRF token: a token sets a cookie, and a page that sets a cookie cannot be
kept in the page cache (ops/page_cache.py), so every library entry would be rendered afresh.
Instead a POST must come from the site's own pages (its Origin, or failing that its Referer,
names this host or a CSRF_TRUSTED_ORIGINS entry): the protection Django's CSRF check also
applies, without the cookie. The counts are once per visitor and day anyway (ops.visitors).
"""

import hashlib
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache

from ops.client import client_address
from ops.visitors import BOT_AGENTS

POSTS_PER_HOUR = 30


def from_this_site(request):
    """True when the POST was sent by a page of this site (Origin, else Referer)."""
    source = request.META.get("HTTP_ORIGIN") or request.META.get("HTTP_REFERER") or ""
    parts = urlsplit(source)
    if not parts.scheme or not parts.netloc:
        return False
    origin = f"{parts.scheme}://{parts.netloc}"
    if parts.netloc == request.get_host():
        return True
    return origin in getattr(settings, "CSRF_TRUSTED_ORIGINS", [])


def is_person(request):
    """A POST from a browser: not HEAD or GET, not a prefetch, not a known bot or script."""
    if request.method != "POST":
        return False
    purpose = f"{request.META.get('HTTP_SEC_PURPOSE', '')} {request.META.get('HTTP_PURPOSE', '')}"
    if "prefetch" in purpose.lower():
        return False
    return not BOT_AGENTS.search(request.META.get("HTTP_USER_AGENT", ""))


def within_rate(request, scope):
    """At most DEMAND_POSTS_PER_HOUR posts per address and form each hour (counted atomically)."""
    limit = getattr(settings, "DEMAND_POSTS_PER_HOUR", POSTS_PER_HOUR)
    address = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    key = f"demand-rate:{scope}:{address}"
    if cache.add(key, 1, 60 * 60):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr
        return cache.add(key, 1, 60 * 60) or True
