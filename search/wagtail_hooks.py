"""Admin integration of the site search: re-indexing after publish, and the search-terms report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.search import index

from .admin_views import SearchQueryReportView


@hooks.register("after_publish_page")
def reindex_published_page(request, page):
    """Index the page again once its tags are saved, so tag names are found straight away.

    Wagtail indexes on post_save, before a ClusterTaggableManager's tags are committed (I18N.md).
    """
    index.insert_or_update_object(page.specific)


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
