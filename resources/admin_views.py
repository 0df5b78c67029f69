"""Admin report of download figures per resource and language, exportable for dissemination reporting."""

import django_filters

from django.conf import settings
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.permission_policies import ModelPermissionPolicy

from exports.reports import SpreadsheetReportView

from .models import Resource, ResourceDownload


class DownloadFilterSet(WagtailFilterSet):
    date = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)
    language_code = django_filters.ChoiceFilter(label=_("Site language"), choices=lambda: settings.LANGUAGES)

    class Meta:
        model = ResourceDownload
        fields = ["date", "language_code"]


class DownloadReportView(SpreadsheetReportView):
    """Downloads summed per resource version and site language over the chosen dates."""

    page_title = _("Resource downloads")
    header_icon = "download"
    url_path = "reports/resource-downloads/"
    index_url_name = "resource_downloads"
    filename = "resource-downloads"
    what_is_counted = _(
        "Counted: a person's download of a file or link, once per visitor, resource and day. Not counted: repeated clicks on the same day, HEAD requests, browser prefetches and known bots. No address or browser detail is stored."
    )
    filterset_class = DownloadFilterSet
    permission_policy = ModelPermissionPolicy(Resource)
    permission_required = "change"
    fields = {
        "resource__title": _("Resource"),
        "resource__slug": _("Slug"),
        "resource__locale__language_code": _("Resource language"),
        "language_code": _("Site language"),
        "downloads": _("Downloads"),
    }

    def get_queryset(self):
        return ResourceDownload.objects.all()

    def get_filtered_queryset(self):
        rows = self.filter_queryset(self.get_queryset())
        return (
            rows.values(
                "resource__slug", "resource__title", "resource__locale__language_code", "language_code"
            )
            .annotate(downloads=Sum("count"))
            .order_by("-downloads", "resource__slug", "language_code")
        )
