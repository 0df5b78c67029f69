from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Caching and operations: page cache, Redis backend, cache headers, edge-cache purges, health checks."""

    name = "ops"

    def ready(self):
        from . import checks, purge, purge_content  # noqa: F401 - checks registers the system checks

        purge.register_signal_handlers()
        purge_content.register_signal_handlers()

        from ops import login_throttle

        login_throttle.connect_signals()

        from ops import content_cache

        content_cache.cache_locale_lookups()
        content_cache.cache_private_sections()
