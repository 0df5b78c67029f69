from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The read-only JSON API at /api/v2/ for partner sites and apps."""

    name = "api"
    verbose_name = _("Public API")

    def ready(self):
        from . import checks  # noqa: F401  (registers the deployment check)
