"""Reports of use ("I used this tool"): where a library entry was used, by whom, with how many learners.

Visitors send them from the entry's page; nothing is public before an officer or coordinator
approves it (comments included). Approved reports give the entry's "used 12 times in
2 countries". Only the answers to the form are kept: no name, address or browser detail.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, ExpressionWrapper, Q, Subquery
from django.utils.translation import gettext_lazy as _

from core.countries import Country

# Where the tools travel: the project's countries and their neighbours, named as everywhere else.
COUNTRIES = Country.choices
ORGANISATION_TYPES = [
    ("vet-provider", _("VET school or training centre")),
    ("company", _("Company")),
    ("ngo", _("NGO or association")),
    ("public-body", _("Public authority or agency")),
    ("higher-education", _("University or college")),
    ("other", _("Other")),
]
PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
STATUSES = [(PENDING, _("Waiting for moderation")), (APPROVED, _("Approved")), (REJECTED, _("Rejected"))]


class ReuseReportQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=APPROVED)

    def shown_on_entry(self, translation_key, comments):
        """({"reports": n, "countries": m}, latest approved comments) of one entry, in one query:
        its latest approved reports, those with a comment first, each carrying the entry's counts.
        A report names no organisation, so what is counted is reports, not organisations."""
        approved = self.approved().filter(translation_key=translation_key)
        counted = approved.order_by().values("translation_key")
        latest = list(
            approved.annotate(
                reports=Subquery(counted.annotate(n=Count("pk")).values("n")),
                countries=Subquery(counted.annotate(n=Count("country", distinct=True)).values("n")),
                has_comment=ExpressionWrapper(~Q(comment=""), output_field=models.BooleanField()),
            ).order_by("-has_comment", "-created_at", "-pk")[: max(comments, 1)]
        )
        first = latest[0] if latest else None
        summary = {"reports": first.reports if first else 0, "countries": first.countries if first else 0}
        return summary, [report for report in latest[:comments] if report.comment]


class ReuseReport(models.Model):
    """One organisation's report of having used a library entry."""

    resource = models.ForeignKey(
        "resources.Resource",
        verbose_name=_("resource"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    translation_key = models.UUIDField(_("library entry"), db_index=True)
    language_code = models.CharField(_("site language"), max_length=10)
    country = models.CharField(_("country"), max_length=10, choices=COUNTRIES)
    organisation_type = models.CharField(_("type of organisation"), max_length=30, choices=ORGANISATION_TYPES)
    learners = models.PositiveIntegerField(
        _("number of learners"), validators=[MinValueValidator(1), MaxValueValidator(100_000)]
    )
    comment = models.TextField(_("comment"), blank=True, max_length=1000)
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default=PENDING)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    objects = ReuseReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("report of use")
        verbose_name_plural = _("reports of use")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.resource or self.translation_key}: {self.get_country_display()}, {self.learners}"
