"""Admin: the results export in the Erasmus+ Project Results Platform's categories (CSV or XLSX),
for the roles editorial/roles.py allows ("results_export")."""

import csv
import io

from openpyxl import Workbook

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from editorial.roles import COORDINATOR, OFFICER, ROLE_GROUPS, allowed
from exports.spreadsheet import neutralise_cell

from .export import COLUMNS, result_rows

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def may_export_results(user):
    """As editorial/roles.py declares "results_export": by group (or a superuser)."""
    if not (user.is_active and user.is_authenticated):
        return False
    if user.is_superuser:
        return True
    groups = set(user.groups.values_list("name", flat=True))
    return any(
        ROLE_GROUPS[role] in groups and allowed(role, "results_export", None)
        for role in (OFFICER, COORDINATOR)
    )


def _table(request):
    headings = [str(label) for _key, label in COLUMNS]
    rows = [[neutralise_cell(row[key]) for key, _label in COLUMNS] for row in result_rows(request)]
    return headings, rows


def _download(content, content_type, extension):
    response = HttpResponse(content, content_type=content_type)
    filename = f"vet-web-results-erasmus-plus-{timezone.localdate().isoformat()}.{extension}"
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def results_export_view(request):
    """The page explaining the export, and the CSV (?format=csv) or XLSX (?format=xlsx) file."""
    if not may_export_results(request.user):
        raise PermissionDenied
    wanted = request.GET.get("format")
    if wanted == "csv":
        headings, rows = _table(request)
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(headings)
        writer.writerows(rows)
        return _download("\ufeff" + buffer.getvalue(), "text/csv; charset=utf-8", "csv")
    if wanted == "xlsx":
        headings, rows = _table(request)
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "Results"
        sheet.append(headings)
        for row in rows:
            sheet.append([str(cell) if cell not in (None, "") else "" for cell in row])
        buffer = io.BytesIO()
        workbook.save(buffer)
        return _download(buffer.getvalue(), XLSX_TYPE, "xlsx")
    return TemplateResponse(
        request,
        "results/admin/export.html",
        {"page_title": _("Project results (Erasmus+)"), "count": len(result_rows(request))},
    )
