from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Caching and operations: page cache, Redis backend, cache headers, edge-cache purges, health checks."""

    name = "ops"

    def ready(self):
        from . import purge

        purge.register_signal_handlers()
