"""Demand from visitors: "I would use this in my language" counts per item and language.

Nothing about the visitor is stored: a request counts once per visitor, item, language and day
through visitors.counting' daily-salted hash, and only the total is kept here.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .reuse import ReuseReport

__all__ = ["ReuseReport", "TranslationRequest"]


class TranslationRequest(models.Model):
    """How many visitors asked for one page or library entry in one language."""

    content_type = models.ForeignKey(
        ContentType, verbose_name=_("kind"), on_delete=models.CASCADE, related_name="+"
    )
    translation_key = models.UUIDField(_("item"))
    language_code = models.CharField(_("language"), max_length=10)
    count = models.PositiveIntegerField(_("requests"), default=0)
    last_requested = models.DateField(_("last requested"), default=timezone.localdate)

    class Meta:
        verbose_name = _("translation request")
        verbose_name_plural = _("translation requests")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "language_code"], name="one_request_count_per_language"
            ),
        ]

    def __str__(self):
        return f"{self.translation_key} ({self.language_code}): {self.count}"

    @classmethod
    def record(cls, obj, language_code):
        """Add one request for `obj` in `language_code`, safely under concurrent requests."""
        key = {"translation_key": obj.translation_key, "language_code": language_code}
        today = timezone.localdate()
        if cls.objects.filter(**key).update(count=F("count") + 1, last_requested=today):
            return
        content_type = ContentType.objects.get_for_model(obj)
        try:
            with transaction.atomic():
                cls.objects.create(**key, content_type=content_type, count=1, last_requested=today)
        except IntegrityError:
            cls.objects.filter(**key).update(count=F("count") + 1, last_requested=today)

    @classmethod
    def count_for(cls, translation_key, language_code):
        row = cls.objects.filter(translation_key=translation_key, language_code=language_code).first()
        return row.count if row else 0

    @classmethod
    def counts(cls, translation_keys, language_codes):
        """{(translation_key, language): count} for many items at once (the translation status)."""
        rows = cls.objects.filter(
            translation_key__in=list(translation_keys), language_code__in=list(language_codes)
        )
        return {(row.translation_key, row.language_code): row.count for row in rows}
