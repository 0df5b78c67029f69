"""The admin list of confirmed newsletter subscribers, with CSV/XLSX export for officers."""

import django_filters

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.contrib.forms.views import SubmissionsListView
from wagtail.permission_policies import ModelPermissionPolicy

from exports.reports import SpreadsheetReportView
from exports.spreadsheet import SafeSpreadsheetMixin

from .models import NewsletterSubscriber


class SubscriberFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All languages")
    )

    class Meta:
        model = NewsletterSubscriber
        fields = ["language"]


class NewsletterSubscribersView(SpreadsheetReportView):
    """Only confirmed addresses: an unconfirmed one has not agreed to receive anything."""

    page_title = _("Newsletter subscribers")
    header_icon = "mail"
    url_path = "reports/newsletter/"
    index_url_name = "newsletter_subscribers"
    filename = "newsletter-subscribers"
    filterset_class = SubscriberFilterSet
    permission_policy = ModelPermissionPolicy(NewsletterSubscriber)
    permission_required = "view"
    fields = {
        "email": _("E-mail address"),
        "language": _("Language"),
        "confirmed_at": _("Confirmed"),
    }

    def get_queryset(self):
        return NewsletterSubscriber.objects.filter(confirmed_at__isnull=False).order_by("email")


class SafeSubmissionsListView(SafeSpreadsheetMixin, SubmissionsListView):
    """Wagtail's list of contact form submissions, whose CSV and XLSX cells cannot run as formulas."""
