"""One counter for every throttle of the site: the admin sign-in and the forms the public posts.

Each attempt takes its number atomically (the cache's add/incr) before anything is checked,
stored or sent, so parallel requests cannot slip past a limit. Keys hold a keyed hash of the
visitor's address (throttling.client), never the address itself.

While the shared cache does not answer (caching.backend.CacheUnavailable) nothing can be counted: the
public forms let the visitor through (take_a_turn: a Redis outage must not cost a message), the
admin sign-in refuses (throttling/login_throttle.py: an outage must not lift its lock-out).
"""

import logging

from django.core.cache import cache
from django.utils.crypto import salted_hmac

from caching.backend import CacheUnavailable

from .client import client_address

logger = logging.getLogger(__name__)


def count_in_window(key, seconds, *, restart=False):
    """Add one to `key` and return the new count; the count starts again `seconds` after its first
    attempt, or after the last one with `restart` (a lock-out that each new attempt prolongs)."""
    if cache.add(key, 1, seconds):
        return 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, seconds)
        return 1
    if restart:
        cache.touch(key, seconds)
    return count


def address_key(request, scope):
    """The counter's key for this visitor's address in `scope` (e.g. "public-form:contact")."""
    digest = salted_hmac(f"vetweb.rate-limit.{scope}", client_address(request)).hexdigest()
    return f"rate-limit:{scope}:{digest}"


def take_a_turn(request, scope, limit, seconds):
    """Count one attempt of this visitor in `scope`; False once they are over `limit` in `seconds`.
    True when nothing can be counted (the cache is down): the limit fails open."""
    try:
        return count_in_window(address_key(request, scope), seconds) <= limit
    except CacheUnavailable:
        logger.error("Rate limit %s not counted: the cache is unreachable", scope)
        return True
