"""The page cache must be one for every process: a system check, also run when gunicorn starts."""

from django.conf import settings
from django.core import checks

# Backends whose entries live inside one process: each gunicorn worker would keep its own copy of
# a page and of the content generation, and an unpublished page would stay visible from the others.
PROCESS_LOCAL_CACHES = {"django.core.cache.backends.locmem.LocMemCache"}


@checks.register(checks.Tags.caches)
def page_cache_is_shared(app_configs=None, **kwargs):
    """Error when the page cache is on in a cache that each process keeps for itself."""
    if not getattr(settings, "PAGE_CACHE_SECONDS", 0):
        return []
    if settings.CACHES["default"]["BACKEND"] not in PROCESS_LOCAL_CACHES:
        return []
    return [
        checks.Error(
            "The page cache is on but every app server process would keep its own copy of a page, "
            "so unpublished pages would stay visible for up to PAGE_CACHE_SECONDS.",
            hint="Set REDIS_URL (several machines), or leave the file cache of CACHE_DIR (one machine).",
            id="caching.E001",
        )
    ]


def refuse_to_start_on_cache_errors():
    """Raise at start-up (wsgi) when a cache check fails: gunicorn runs no system checks itself."""
    errors = [error for error in checks.run_checks(tags=[checks.Tags.caches]) if error.is_serious()]
    if errors:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured("; ".join(f"{error.id}: {error.msg} {error.hint}" for error in errors))
