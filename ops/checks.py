"""System checks for running the site on several app servers."""

from django.conf import settings
from django.core import checks

# Backends whose entries live inside one process (or one machine): each gunicorn worker would
# keep its own copy of a page, and an unpublished page would stay visible from the others.
PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.filebased.FileBasedCache",
}


@checks.register(checks.Tags.caches)
def page_cache_is_shared(app_configs=None, **kwargs):
    """Error when the page cache is on, a shared cache is required (production) and none is set."""
    if not getattr(settings, "PAGE_CACHE_NEEDS_SHARED_CACHE", False):
        return []
    if not getattr(settings, "PAGE_CACHE_SECONDS", 0):
        return []
    if settings.CACHES["default"]["BACKEND"] not in PROCESS_LOCAL_CACHES:
        return []
    return [
        checks.Error(
            "The page cache is on but every app server process would keep its own copy of a page, "
            "so unpublished pages would stay visible for up to PAGE_CACHE_SECONDS.",
            hint="Set REDIS_URL to a Redis shared by all app servers, or PAGE_CACHE_SECONDS=0.",
            id="ops.E001",
        )
    ]


def refuse_to_start_on_cache_errors():
    """Raise at start-up (wsgi) when a cache check fails: gunicorn runs no system checks itself."""
    errors = [error for error in checks.run_checks(tags=[checks.Tags.caches]) if error.is_serious()]
    if errors:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured("; ".join(f"{error.id}: {error.msg} {error.hint}" for error in errors))
