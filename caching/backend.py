"""Django's Redis cache, made to behave like an empty cache while Redis does not answer.

Everything the site caches (site root paths, whole pages, sessions written through to the
database) can be rebuilt from the database, so a Redis outage should make the site slower, not
down. Each failure is logged; /healthz and /readyz still report the cache as unreachable, so the
outage is seen.

Counters are the exception: `incr`/`decr` cannot pretend, so while Redis does not answer they raise
CacheUnavailable, and each caller decides (throttling/rate_limit.py: the public forms let the visitor
through, the admin sign-in refuses with a clear message).
"""

import logging

from redis.exceptions import RedisError

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)


def _forgiving(method, fallback):
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except RedisError:
            logger.warning("Redis cache unreachable in %s", method.__name__, exc_info=True)
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    call.__name__ = method.__name__
    return call


class CacheUnavailable(Exception):
    """The shared cache does not answer, so a counter cannot be read or moved."""


def _unavailable(method):
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except RedisError as error:
            logger.warning("Redis cache unreachable in %s", method.__name__, exc_info=True)
            raise CacheUnavailable(str(error)) from error

    call.__name__ = method.__name__
    return call


def _default(key, default=None, version=None):
    return default


class ForgivingRedisCache(RedisCache):
    get = _forgiving(RedisCache.get, _default)
    get_many = _forgiving(RedisCache.get_many, {})
    has_key = _forgiving(RedisCache.has_key, False)
    add = _forgiving(RedisCache.add, False)
    set = _forgiving(RedisCache.set, None)
    set_many = _forgiving(RedisCache.set_many, [])
    touch = _forgiving(RedisCache.touch, False)
    delete = _forgiving(RedisCache.delete, False)
    delete_many = _forgiving(RedisCache.delete_many, None)
    clear = _forgiving(RedisCache.clear, None)
    incr = _unavailable(RedisCache.incr)
    decr = _unavailable(RedisCache.decr)
