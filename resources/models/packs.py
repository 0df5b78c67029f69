"""Offline toolkit packs: one ZIP per library view and language, kept in the media storage."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ToolkitPack(models.Model):
    """A library view someone downloaded as a pack, and the ZIP built for its current content.

    `key` fingerprints what the pack holds (resources, their texts and files, the language); a
    ZIP is rebuilt only when it changes (resources/packs.py)."""

    language_code = models.CharField(_("language"), max_length=10)
    parameters = models.CharField(_("library filters"), max_length=1000, blank=True)
    origin = models.CharField(_("public address"), max_length=200, blank=True)
    key = models.CharField(_("content fingerprint"), max_length=64, blank=True)
    file_name = models.CharField(_("file in storage"), max_length=255, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), null=True, blank=True)
    resource_count = models.PositiveIntegerField(_("resources"), default=0)
    built_at = models.DateTimeField(_("built"), null=True, blank=True)
    # Who builds which content now: one claim per content key, so parallel first requests of a
    # view build one ZIP, not one each (resources/tasks.py claim_build).
    building_key = models.CharField(_("content being built"), max_length=64, blank=True)
    building_since = models.DateTimeField(_("build started"), null=True, blank=True)
    requested_at = models.DateTimeField(_("last requested"), auto_now=True)

    class Meta:
        verbose_name = _("toolkit pack")
        verbose_name_plural = _("toolkit packs")
        constraints = [
            models.UniqueConstraint(fields=["language_code", "parameters"], name="one_pack_per_view"),
        ]

    def __str__(self):
        return f"{self.language_code}?{self.parameters}"
