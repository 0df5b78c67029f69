"""Admin reports of what visitors ask for (editorial/roles.py says who reads them)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from exports.spreadsheet import SafeSpreadsheetMixin

from .admin_views import TranslationRequestReportView
from .reuse import ReuseReport

TranslationRequestReportView.register(order=715)


class ReuseReportIndexView(SafeSpreadsheetMixin, IndexView):
    """The moderation list; its CSV export cannot carry formulas (exports/spreadsheet.py)."""


class ReuseReportViewSet(ModelViewSet):
    """Officers and coordinators approve or reject reports of use and export them (CSV, XLSX)."""

    model = ReuseReport
    icon = "tick"
    menu_label = _("Reports of use")
    menu_order = 720
    add_to_admin_menu = True
    index_view_class = ReuseReportIndexView
    form_fields = ["status", "comment"]
    list_display = ["resource", "status", "country", "organisation_type", "learners", "comment", "created_at"]
    list_filter = ["status", "country", "organisation_type", "language_code"]
    list_export = [
        "translation_key",
        "resource",
        "language_code",
        "country",
        "organisation_type",
        "learners",
        "comment",
        "status",
        "created_at",
    ]
    export_filename = "reports-of-use"
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_reuse_report_viewset():
    return ReuseReportViewSet("reuse_reports")
