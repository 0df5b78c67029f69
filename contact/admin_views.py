"""The admin list of confirmed newsletter subscribers, with CSV/XLSX export for officers."""

import django_filters

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.permission_policies import ModelPermissionPolicy

from exports.spreadsheet import SafeSpreadsheetMixin

from .models import NewsletterSubscriber


class SubscriberFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All languages")
    )

    class Meta:
        model = NewsletterSubscriber
        fields = ["language"]


class NewsletterSubscribersView(SafeSpreadsheetMixin, ReportView):
    """Only confirmed addresses: an unconfirmed one has not agreed to receive anything."""

    page_title = _("Newsletter subscribers")
    header_icon = "mail"
    index_url_name = "newsletter_subscribers"
    index_results_url_name = "newsletter_subscribers_results"
    filterset_class = SubscriberFilterSet
    permission_policy = ModelPermissionPolicy(NewsletterSubscriber)
    permission_required = "view"
    columns = [
        Column("email", label=_("E-mail address")),
        Column("language", label=_("Language")),
        Column("confirmed_at", label=_("Confirmed")),
    ]
    list_export = ["email", "language", "confirmed_at"]
    export_headings = {
        "email": _("E-mail address"),
        "language": _("Language"),
        "confirmed_at": _("Confirmed"),
    }

    def get_filename(self):
        return f"newsletter-subscribers-{timezone.localdate().isoformat()}"

    def get_queryset(self):
        return NewsletterSubscriber.objects.filter(confirmed_at__isnull=False).order_by("email")


class SafeSubmissionsListView(SafeSpreadsheetMixin, SubmissionsListView):
    """Wagtail's list of contact form submissions, whose CSV and XLSX cells cannot run as formulas."""
