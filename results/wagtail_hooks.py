"""Admin: Reports → Project results (Erasmus+), for officers and coordinators (editorial/roles.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import may_export_results, results_export_view


@hooks.register("register_admin_urls")
def register_results_export_urls():
    return [path("reports/project-results/", results_export_view, name="results_export")]


class ResultsExportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_export_results(request.user)


@hooks.register("register_reports_menu_item")
def register_results_export_menu_item():
    return ResultsExportMenuItem(
        _("Project results (Erasmus+)"), reverse("results_export"), icon_name="doc-full", order=950
    )
