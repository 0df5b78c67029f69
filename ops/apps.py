from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Operations: Redis backend, cache headers, edge-cache purges, health checks, limits."""

    name = "ops"

    def ready(self):
        from . import purge, purge_content

        purge.register_signal_handlers()
        purge_content.register_signal_handlers()

        from ops import login_throttle

        login_throttle.connect_signals()
