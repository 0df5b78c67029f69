"""The only data visitor counting keeps: which anonymous visitors were already counted today."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DailyVisitor(models.Model):
    """A salted hash standing for one visitor and one counted thing on one day (see visitors.counting).

    Neither the address nor the user agent is stored, and the salt is not stored here: rows of
    earlier days are deleted when the day's salt is made.
    """

    date = models.DateField(_("date"))
    digest = models.CharField(_("visitor hash"), max_length=64)

    class Meta:
        verbose_name = _("counted visitor")
        verbose_name_plural = _("counted visitors")
        constraints = [models.UniqueConstraint(fields=["date", "digest"], name="one_count_per_visitor_day")]

    def __str__(self):
        return f"{self.date}: {self.digest[:12]}"
