from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Caching and operations: page cache, Redis backend, cache headers, health checks."""

    name = "ops"

    def ready(self):
        from ops import checks, login_throttle  # noqa: F401 - checks registers the system checks

        login_throttle.connect_signals()

        from ops import content_cache

        content_cache.cache_locale_lookups()
        content_cache.cache_private_sections()
