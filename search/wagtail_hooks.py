"""Admin integration of the site search: the "What trainers search for" report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import SearchQueryReportView


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("reports/search-queries/", SearchQueryReportView.as_view(), name="search_queries_report"),
        path(
            "reports/search-queries/results/",
            SearchQueryReportView.as_view(results_only=True),
            name="search_queries_report_results",
        ),
    ]


class SearchQueriesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_searchquerylog")


@hooks.register("register_reports_menu_item")
def register_search_queries_menu_item():
    return SearchQueriesMenuItem(
        _("What trainers search for"), reverse("search_queries_report"), icon_name="search", order=700
    )
