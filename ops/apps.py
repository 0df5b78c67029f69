from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Running the site on several app servers: cache headers, edge-cache purges, health checks."""

    name = "ops"

    def ready(self):
        from . import purge

        purge.register_signal_handlers()
