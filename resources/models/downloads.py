"""Download figures for the project's dissemination reporting: a counter per resource, language and
day. Nothing about the visitor is stored (no IP, no user agent, no cookie)."""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ResourceDownload(models.Model):
    """How often one language version of a resource was downloaded from one site language on one day."""

    resource = models.ForeignKey(
        "resources.Resource", verbose_name=_("resource"), related_name="downloads", on_delete=models.CASCADE
    )
    language_code = models.CharField(_("site language"), max_length=10)
    date = models.DateField(_("date"))
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("resource download")
        verbose_name_plural = _("resource downloads")
        ordering = ["-date", "resource"]
        constraints = [
            models.UniqueConstraint(fields=["resource", "language_code", "date"], name="one_counter_per_day"),
        ]

    def __str__(self):
        return f"{self.resource} ({self.language_code}, {self.date}): {self.count}"

    @classmethod
    def record(cls, resource, language_code, day=None):
        """Add one download, safely under concurrent requests (an UPDATE with F(), or the day's first row)."""
        day = day or timezone.localdate()
        key = {"resource": resource, "language_code": language_code, "date": day}
        if cls.objects.filter(**key).update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(**key, count=1)
        except IntegrityError:
            cls.objects.filter(**key).update(count=F("count") + 1)

    @classmethod
    def record_many(cls, resources, language_code, day=None):
        """Add one download to each of `resources` (the files of an offline pack) in two queries:
        the day's missing counters are created at zero (another request's insert is no conflict),
        then all are increased together, so concurrent packs lose no count."""
        day = day or timezone.localdate()
        ids = sorted({resource.pk for resource in resources})
        if not ids:
            return
        cls.objects.bulk_create(
            [cls(resource_id=pk, language_code=language_code, date=day, count=0) for pk in ids],
            ignore_conflicts=True,
        )
        cls.objects.filter(resource_id__in=ids, language_code=language_code, date=day).update(
            count=F("count") + 1
        )
