from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    """Running the site on several app servers: cache headers, edge-cache purges, health checks."""

    name = "ops"
    verbose_name = _("Operations")

    def ready(self):
        from . import purge

        purge.register_signal_handlers()
