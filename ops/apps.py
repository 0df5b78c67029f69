from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Operations: Redis backend, cache headers, health checks, limits."""

    name = "ops"

    def ready(self):
        from ops import login_throttle

        login_throttle.connect_signals()
