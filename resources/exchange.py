"""The CSV/JSON format of `import_resources` and `export_resources`: one row per source-language resource.

Translations are made in wagtail-localize, so files only carry the source language (English).
Each library facet (resources/facets.py) is a column; lists are ";"-separated in CSV, arrays in JSON.
"""

import csv
import json
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.models import Locale

from exports.spreadsheet import neutralise_cell
from home.models import WorkPackagePage

from .facets import facets
from .models import Framework, Resource, ResourceFile

# The columns that are not facets; the facets' columns (resources/facets.py) go between the two.
LEADING_COLUMNS = ["slug", "title", "summary", "description"]
TRAILING_COLUMNS = ["external_url", "document", "publisher", "publication_year", "licence", "work_package"]
ID_COLUMNS = {"document", "work_package"}
# The source language's file (a ResourceFile): a document id or a link. Files in other languages
# are attached in the admin; the file_languages column lists them all (export only).
FILE_COLUMNS = {"document": "document_id", "external_url": "url"}
LIST_SEPARATOR = ";"


def plain_columns():
    """The columns that are not facets (a facet on one of these fields takes its column over)."""
    claimed = {name for facet in facets() for name in (facet.field, facet.column)}
    return [column for column in LEADING_COLUMNS + TRAILING_COLUMNS if column not in claimed]


def columns():
    """Every column of the format, in file order."""
    plain = plain_columns()
    leading = [column for column in plain if column in LEADING_COLUMNS]
    trailing = [column for column in plain if column in TRAILING_COLUMNS]
    return [*leading, *(facet.column for facet in facets()), *trailing]


def list_columns():
    return {facet.column for facet in facets() if facet.multi}


def plain_value(resource, column):
    if column in FILE_COLUMNS:
        attached = resource.file_in(settings.LANGUAGE_CODE)
        value = getattr(attached, FILE_COLUMNS[column], None) if attached else None
        return value if column in ID_COLUMNS else value or ""
    return getattr(resource, f"{column}_id" if column in ID_COLUMNS else column)


def row_of(resource):
    """A resource as a row of plain values (lists stay lists; the writer decides the encoding)."""
    row = {column: plain_value(resource, column) for column in plain_columns()}
    row.update({facet.column: facet.export(resource) for facet in facets()})
    return {column: row[column] for column in columns()}


def export_rows():
    resources = (
        Resource.objects.filter(locale=Locale.get_default())
        .prefetch_related("framework_links__framework", "tagged_items__tag", "files")
        .order_by("slug")
    )
    return [row_of(resource) for resource in resources]


def write(rows, stream, fmt):
    """JSON as it is; CSV with lists joined and formula-looking cells made inert (spreadsheet.py)."""
    if fmt == "json":
        json.dump(rows, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return
    writer = csv.DictWriter(stream, fieldnames=columns())
    writer.writeheader()
    lists = list_columns()
    for row in rows:
        writer.writerow(
            {
                key: neutralise_cell(
                    LIST_SEPARATOR.join(value) if key in lists else ("" if value is None else value)
                )
                for key, value in row.items()
            }
        )


def as_list(value):
    if value is None:
        return []
    if isinstance(value, list):
        return [str(item).strip() for item in value if str(item).strip()]
    return [item.strip() for item in str(value).split(LIST_SEPARATOR) if item.strip()]


def read(stream, fmt):
    """Raw rows as dicts; a file that is not valid CSV/JSON raises ValueError."""
    if fmt == "json":
        data = json.load(stream)
        if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
            raise ValueError("The JSON file must hold a list of objects.")
        return data
    return list(csv.DictReader(stream))


def as_text(value):
    return "" if value is None else str(value).strip()


def as_id(value, errors, label, exists):
    text = as_text(value)
    if not text:
        return None
    if not text.isdigit() or not exists(int(text)):
        errors.append(_("unknown %(label)s %(value)r") % {"label": label, "value": text})
        return None
    return int(text)


class Catalogue:
    """What rows may refer to, loaded once for the whole file."""

    def __init__(self):
        self.locale = Locale.get_default()
        self.frameworks = {
            framework.slug: framework for framework in Framework.objects.filter(locale=self.locale)
        }
        self.document_ids = set(get_document_model().objects.values_list("pk", flat=True))
        self.work_package_ids = set(WorkPackagePage.objects.values_list("pk", flat=True))


def clean(raw, catalogue):
    """Normalised row values and the list of reasons to reject it."""
    errors = []
    values = {column: as_text(raw.get(column)) for column in plain_columns()}
    try:
        validate_slug(values["slug"])
    except ValidationError:
        errors.append(_("missing or invalid slug"))
    if not values["title"]:
        errors.append(_("missing title"))
    if not values["summary"]:
        errors.append(_("missing summary"))
    for facet in facets():
        values[facet.column] = facet.read(raw.get(facet.column))
        errors.extend(facet.errors(values[facet.column], catalogue))
    if values["external_url"]:
        try:
            URLValidator(schemes=["http", "https"])(values["external_url"])
        except ValidationError:
            errors.append(_("bad URL %(url)r") % {"url": values["external_url"]})
    values["document"] = as_id(
        raw.get("document"), errors, _("document"), catalogue.document_ids.__contains__
    )
    values["work_package"] = as_id(
        raw.get("work_package"), errors, _("work package"), catalogue.work_package_ids.__contains__
    )
    if not values["document"] and not values["external_url"] and not errors:
        errors.append(_("needs a document or an external link (its download would lead nowhere)"))
    year = values["publication_year"]
    if year and not (year.isdigit() and 1900 <= int(year) <= 2100):
        errors.append(_("bad publication year %(year)r") % {"year": year})
    values["publication_year"] = int(year) if year and year.isdigit() else None
    return values, errors


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    rejected: list = field(default_factory=list)  # (row number, slug, [reasons])
    rows: list = field(default_factory=list)  # (row number, slug, outcome, [reasons]) in file order
    dry_run: bool = False

    def record(self, outcome, number, slug, reasons=()):
        """Note one row's outcome: "created", "updated", "unchanged" or "rejected"."""
        self.rows.append((number, slug, outcome, list(reasons)))
        if outcome == "rejected":
            self.rejected.append((number, slug, list(reasons)))
        else:
            getattr(self, outcome).append(slug)

    @property
    def ok(self):
        return not self.rejected


def save_resource(resource, *, publish, user):
    """Write one imported resource as a revision; only `publish` makes it live (a new entry is a
    draft until then, and an existing entry keeps its live version until the revision is published)."""
    if resource.pk is None:
        resource.save()
    revision = resource.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)


def apply(values, existing, catalogue, *, publish, user):
    resource = existing or Resource(locale=catalogue.locale, slug=values["slug"], live=False)
    for column in plain_columns():
        if column != "slug" and column not in FILE_COLUMNS:
            setattr(resource, f"{column}_id" if column in ID_COLUMNS else column, values[column])
    for facet in facets():
        facet.assign(resource, values[facet.column], catalogue)
    attach_source_file(resource, values)
    resource.full_clean(exclude=["locale", "translation_key"], validate_unique=False)
    save_resource(resource, publish=publish, user=user)


def attach_source_file(resource, values):
    """The row's document (else its link) as the source language's file; other languages' stay."""
    language = settings.LANGUAGE_CODE
    others = [item for item in resource.files.all() if item.language != language]
    attached = resource.file_in(language) if resource.pk else None
    attached = attached or ResourceFile(language=language)
    attached.document_id = values["document"]
    attached.url = "" if values["document"] else values["external_url"]
    resource.files = [attached, *others]


def import_rows(raw_rows, *, dry_run=False, publish=False, user=None, progress=None):
    """Create or update resources by slug, one savepoint per row: a bad row never stops the others.

    A dry run does exactly the same writes and checks inside a transaction that is then rolled
    back, so its report is the one the real import would give. Changes are drafts for a coordinator
    to approve, unless `publish` (by a `user` who may publish)."""
    with transaction.atomic():
        report = ImportReport(dry_run=dry_run)
        run_rows(raw_rows, report, publish=publish, user=user, progress=progress)
        if dry_run:
            transaction.set_rollback(True)
    return report


def run_rows(raw_rows, report, *, publish, user, progress):
    catalogue = Catalogue()
    existing = {
        resource.slug: resource
        for resource in Resource.objects.filter(locale=catalogue.locale).prefetch_related(
            "framework_links__framework", "tagged_items__tag", "files"
        )
    }
    seen = set()
    for number, raw in enumerate(raw_rows, start=2):
        values, errors = clean(raw, catalogue)
        if values["slug"] in seen:
            errors.append(_("slug repeated in the file"))
        seen.add(values["slug"])
        if errors:
            report.record("rejected", number, values["slug"], errors)
        else:
            resource = existing.get(values["slug"])
            import_one(values, resource, catalogue, report, number, publish=publish, user=user)
        if progress:
            progress(number - 1, len(raw_rows))


def import_one(values, resource, catalogue, report, number, *, publish, user):
    if resource is not None and row_of(resource) == values:
        report.record("unchanged", number, values["slug"])
        return
    try:
        with transaction.atomic():
            apply(values, resource, catalogue, publish=publish, user=user)
    except ValidationError as error:
        reasons = [f"{key}: {' '.join(msgs)}" for key, msgs in error.message_dict.items()]
        report.record("rejected", number, values["slug"], reasons)
        return
    except IntegrityError as error:
        report.record(
            "rejected", number, values["slug"], [_("could not be saved: %(error)s") % {"error": error}]
        )
        return
    report.record("created" if resource is None else "updated", number, values["slug"])
