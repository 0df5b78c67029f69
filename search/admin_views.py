"""The admin report of what visitors search for, per language, with CSV/XLSX export."""

import django_filters

from django.conf import settings
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from exports.spreadsheet import FormulaSafeCsvMixin

from .models import SearchQueryLog


class SearchQueryFilterSet(WagtailFilterSet):
    language_code = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All languages")
    )
    date = django_filters.DateFromToRangeFilter(label=_("Searched on"), widget=DateRangePickerWidget)
    nothing_found = django_filters.BooleanFilter(
        label=_("Found nothing"), method="filter_nothing_found", widget=django_filters.widgets.BooleanWidget
    )

    class Meta:
        model = SearchQueryLog
        fields = ["language_code", "date"]

    def filter_nothing_found(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(best_results=0) if value else queryset.filter(best_results__gt=0)


class SearchQueryReportView(FormulaSafeCsvMixin, ReportView):
    """Top queries per language over the chosen days; "found nothing" shows what the site lacks."""

    page_title = _("What trainers search for")
    header_icon = "search"
    index_url_name = "search_queries_report"
    index_results_url_name = "search_queries_report_results"
    template_name = "exports/counted_report.html"
    what_is_counted = _(
        "Counted: each search by a person (not bots or browser prefetches), per language and day, with the query folded and shortened. Only a limited number of new queries per language is added each day. No address or browser detail is stored."
    )
    filterset_class = SearchQueryFilterSet
    permission_policy = ModelPermissionPolicy(SearchQueryLog)
    permission_required = "view"
    columns = [
        Column("query", label=_("Query")),
        Column("language_code", label=_("Language")),
        Column("total_searches", label=_("Searches")),
        Column("best_results", label=_("Results")),
        Column("last_searched", label=_("Last searched")),
    ]
    list_export = ["query", "language_code", "total_searches", "best_results", "last_searched"]
    export_headings = {
        "query": _("Query"),
        "language_code": _("Language"),
        "total_searches": _("Searches"),
        "best_results": _("Results"),
        "last_searched": _("Last searched"),
    }

    def get_filename(self):
        return f"search-queries-{timezone.localdate().isoformat()}"

    def get_queryset(self):
        return (
            SearchQueryLog.objects.values("language_code", "query")
            .annotate(total_searches=Sum("searches"), best_results=Max("results"), last_searched=Max("date"))
            .order_by("-total_searches", "language_code", "query")
        )
