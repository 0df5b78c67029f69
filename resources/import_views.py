"""Admin: a communication officer uploads a CSV, XLSX or JSON file of library entries, sees the
dry run's row-by-row report, and confirms. The confirmed import runs on exactly the previewed
bytes (kept in the session, checked by their hash) with the same code as `import_resources`."""

import base64
import hashlib

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Locale

from editorial.publishing import submit_for_approval

from .exchange import columns, import_rows
from .import_files import read_import_file
from .models import Resource

MAX_IMPORT_BYTES = 2 * 1024 * 1024
SESSION_KEY = "resource_import"
TEMPLATE = "resources/admin/import.html"


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy(
            "CSV (separated by commas, semicolons or tabs; UTF-8 or Windows-1252), Excel (.xlsx) or "
            "JSON, with the columns of the library export."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is too large: at most 2 MB."))
        data = upload.read()
        try:
            self.parsed = read_import_file(data, upload.name, columns())
        except ValueError as error:
            raise forms.ValidationError(
                _("This file cannot be read: %(reason)s") % {"reason": error}
            ) from error
        self.data_bytes, self.filename = data, upload.name
        return upload


def may_import(user):
    return user.has_perm("resources.add_resource") and user.has_perm("resources.change_resource")


def may_publish(user):
    """Whether this officer's import goes live (see exchange.save_resource); others make drafts."""
    return user.has_perm("resources.publish_resource")


def import_resources_view(request):
    """GET: the upload form. POST a file: the preview. POST confirm: the import, then its report."""
    if not may_import(request.user):
        raise PermissionDenied
    if request.method == "POST" and "confirm" in request.POST:
        return confirm(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method != "POST" or not form.is_valid():
        return TemplateResponse(
            request, TEMPLATE, {"form": form, "page_title": _("Import resources"), "header_icon": "upload"}
        )
    digest = hashlib.sha256(form.data_bytes).hexdigest()
    request.session[SESSION_KEY] = {
        "name": form.filename,
        "data": base64.b64encode(form.data_bytes).decode("ascii"),
        "sha256": digest,
    }
    report = import_rows(form.parsed.rows, dry_run=True, user=request.user, publish=may_publish(request.user))
    return render_report(request, report, form.filename, form.parsed.description, digest)


def confirm(request):
    stored = request.session.get(SESSION_KEY)
    if not stored or stored["sha256"] != request.POST.get("sha256"):
        messages.error(request, _("This preview has expired: upload the file again."))
        return redirect("resource_import")
    data = base64.b64decode(stored["data"])
    parsed = read_import_file(data, stored["name"], columns())
    publish = may_publish(request.user)
    report = import_rows(parsed.rows, user=request.user, publish=publish)
    del request.session[SESSION_KEY]
    if not publish:  # drafts: sent to the coordinator's "Awaiting your review" (editorial/publishing.py)
        changed = Resource.objects.filter(
            locale=Locale.get_default(), slug__in=report.created + report.updated
        ).order_by("title")
        report.submitted = submit_for_approval(changed, request.user)
    return render_report(request, report, stored["name"], parsed.description)


def render_report(request, report, filename, description, digest=None):
    context = {
        "page_title": _("Preview of the import") if report.dry_run else _("Import finished"),
        "header_icon": "upload",
        "report": report,
        "filename": filename,
        "description": description,
        "sha256": digest,
        "importable": len(report.created) + len(report.updated),
    }
    return TemplateResponse(request, TEMPLATE, context)
