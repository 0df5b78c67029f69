"""Site-wide settings editors control from the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="link")
class FooterLinks(BaseSiteSetting):
    """The legally required pages linked from every footer; each shown in the visitor's language."""

    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [PageChooserPanel("accessibility_page"), PageChooserPanel("privacy_page")]

    class Meta:
        verbose_name = _("Footer links")
