"""The admin report of what visitors search for, per language, with CSV/XLSX export."""

import django_filters

from django.conf import settings
from django.db.models import Max, Sum
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.permission_policies import ModelPermissionPolicy

from exports.reports import SpreadsheetReportView

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


class SearchQueryReportView(SpreadsheetReportView):
    """Top queries per language over the chosen days; "found nothing" shows what the site lacks."""

    page_title = _("What trainers search for")
    header_icon = "search"
    url_path = "reports/search-queries/"
    index_url_name = "search_queries_report"
    filename = "search-queries"
    what_is_counted = _(
        "Counted: each search by a person (not bots or browser prefetches), per language and day, with the query folded and shortened. Only a limited number of new queries per language is added each day. No address or browser detail is stored."
    )
    filterset_class = SearchQueryFilterSet
    permission_policy = ModelPermissionPolicy(SearchQueryLog)
    permission_required = "view"
    fields = {
        "query": _("Query"),
        "language_code": _("Language"),
        "total_searches": _("Searches"),
        "best_results": _("Results"),
        "last_searched": _("Last searched"),
    }

    def get_queryset(self):
        return (
            SearchQueryLog.objects.values("language_code", "query")
            .annotate(total_searches=Sum("searches"), best_results=Max("results"), last_searched=Max("date"))
            .order_by("-total_searches", "language_code", "query")
        )
