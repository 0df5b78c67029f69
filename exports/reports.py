"""One base for the admin's reports: a filtered table with CSV and XLSX export, declared once.

A report names its columns once (`fields`: name -> label) for the table, the export's columns and
its headings; its address once (`url_path`, `index_url_name`) for both of its URLs; and who may read
it once (`permission_policy`, `permission_required`) for the view and its Reports menu item. An
app's wagtail_hooks.py adds it with one line: `MyReportView.register(order=...)`.
"""

from django.urls import path, reverse
from django.utils import timezone

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from .spreadsheet import SafeSpreadsheetMixin


class SpreadsheetReportView(SafeSpreadsheetMixin, ReportView):
    """Wagtail's ReportView with formula-safe exports; subclasses set `fields`, `filename`,
    `url_path` ("reports/<name>/"), `index_url_name`, and optionally `what_is_counted`."""

    template_name = "exports/report.html"
    fields = {}
    filename = "report"
    url_path = ""
    what_is_counted = ""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.columns = [Column(name, label=label) for name, label in cls.fields.items()]
        cls.list_export = list(cls.fields)
        cls.export_headings = dict(cls.fields)
        cls.index_results_url_name = f"{cls.index_url_name}_results"

    def get_filename(self):
        return f"{self.filename}-{timezone.localdate().isoformat()}"

    @classmethod
    def urls(cls):
        """The report and its results (what the filters reload), for `register_admin_urls`."""
        return [
            path(cls.url_path, cls.as_view(), name=cls.index_url_name),
            path(f"{cls.url_path}results/", cls.as_view(results_only=True), name=cls.index_results_url_name),
        ]

    @classmethod
    def register(cls, order):
        """Add the report's URLs and its Reports menu item at `order` (from the app's wagtail_hooks)."""
        hooks.register("register_admin_urls", cls.urls)
        hooks.register("register_reports_menu_item", lambda: cls.menu_item(order))

    @classmethod
    def menu_item(cls, order):
        """The report's entry in the Reports menu, shown to whoever may open it."""
        return ReportMenuItem(
            cls.page_title, reverse(cls.index_url_name), icon_name=cls.header_icon, order=order, report=cls
        )


class ReportMenuItem(MenuItem):
    def __init__(self, *args, report, **kwargs):
        super().__init__(*args, **kwargs)
        self.report = report

    def is_shown(self, request):
        return self.report.permission_policy.user_has_permission(
            request.user, self.report.permission_required
        )
