from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemandConfig(AppConfig):
    """What visitors ask of the library: translations they would use, and reports of using a tool.

    A visitor's report changes no page (it waits for moderation) and is written in a public request,
    so it leaves cached pages alone; moderating it in the admin drops them (caching.generation)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "demand"
    verbose_name = _("Demand")
