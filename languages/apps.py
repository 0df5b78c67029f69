from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LanguagesConfig(AppConfig):
    """The site's languages: negotiation, translation state, alternates and the Languages page."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "languages"
    verbose_name = _("Languages")
