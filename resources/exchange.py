"""The CSV/JSON format of `import_resources` and `export_resources`: one row per source-language resource.

Translations are made in wagtail-localize, so files only carry the source language (English).
Lists (frameworks, audiences, EQF levels, file languages, tags) are ";"-separated in CSV, arrays in JSON.
"""

import csv
import json
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug
from django.db import IntegrityError, transaction

from wagtail.documents import get_document_model
from wagtail.models import Locale

from home.models import WorkPackagePage

from .choices import AUDIENCES, EQF_LEVELS, FILE_LANGUAGES, RESOURCE_TYPES
from .models import Framework, Resource, ResourceFramework
from .spreadsheet import neutralise_cell

COLUMNS = [
    "slug",
    "title",
    "summary",
    "description",
    "frameworks",
    "resource_type",
    "audiences",
    "eqf_levels",
    "file_languages",
    "external_url",
    "document",
    "publisher",
    "publication_year",
    "licence",
    "tags",
    "work_package",
]
LIST_COLUMNS = {"frameworks", "audiences", "eqf_levels", "file_languages", "tags"}
CHOICE_LISTS = {"audiences": AUDIENCES, "eqf_levels": EQF_LEVELS, "file_languages": FILE_LANGUAGES}
LIST_SEPARATOR = ";"


def row_of(resource):
    """A resource as a row of plain values (lists stay lists; the writer decides the encoding)."""
    return {
        "slug": resource.slug,
        "title": resource.title,
        "summary": resource.summary,
        "description": resource.description,
        "frameworks": [link.framework.slug for link in resource.framework_links.all()],
        "resource_type": resource.resource_type,
        "audiences": list(resource.audiences),
        "eqf_levels": list(resource.eqf_levels),
        "file_languages": list(resource.file_languages),
        "external_url": resource.external_url,
        "document": resource.document_id,
        "publisher": resource.publisher,
        "publication_year": resource.publication_year,
        "licence": resource.licence,
        "tags": sorted(item.tag.name for item in resource.tagged_items.all()),
        "work_package": resource.work_package_id,
    }


def export_rows():
    resources = (
        Resource.objects.filter(locale=Locale.get_default())
        .prefetch_related("framework_links__framework", "tagged_items__tag")
        .order_by("slug")
    )
    return [row_of(resource) for resource in resources]


def write(rows, stream, fmt):
    """JSON as it is; CSV with lists joined and formula-looking cells made inert (spreadsheet.py)."""
    if fmt == "json":
        json.dump(rows, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return
    writer = csv.DictWriter(stream, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                key: neutralise_cell(
                    LIST_SEPARATOR.join(value) if key in LIST_COLUMNS else ("" if value is None else value)
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


def as_text(value):
    return "" if value is None else str(value).strip()


def as_id(value, errors, label, exists):
    text = as_text(value)
    if not text:
        return None
    if not text.isdigit() or not exists(int(text)):
        errors.append(f"unknown {label} {text!r}")
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
    row = {column: raw.get(column) for column in COLUMNS}
    values = {
        column: as_list(row[column]) if column in LIST_COLUMNS else as_text(row[column]) for column in COLUMNS
    }
    try:
        validate_slug(values["slug"])
    except ValidationError:
        errors.append("missing or invalid slug")
    if not values["title"]:
        errors.append("missing title")
    if not values["summary"]:
        errors.append("missing summary")
    errors.extend(
        f"unknown framework {slug!r}" for slug in values["frameworks"] if slug not in catalogue.frameworks
    )
    if values["resource_type"] not in dict(RESOURCE_TYPES):
        errors.append(f"unknown resource type {values['resource_type']!r}")
    for column, options in CHOICE_LISTS.items():
        errors.extend(
            f"unknown {column} value {value!r}" for value in values[column] if value not in dict(options)
        )
    if values["external_url"]:
        try:
            URLValidator(schemes=["http", "https"])(values["external_url"])
        except ValidationError:
            errors.append(f"bad URL {values['external_url']!r}")
    values["document"] = as_id(row["document"], errors, "document", catalogue.document_ids.__contains__)
    values["work_package"] = as_id(
        row["work_package"], errors, "work package", catalogue.work_package_ids.__contains__
    )
    if not values["document"] and not values["external_url"] and not errors:
        errors.append("needs a document or an external link (its download would lead nowhere)")
    year = values["publication_year"]
    if year and not (year.isdigit() and 1900 <= int(year) <= 2100):
        errors.append(f"bad publication year {year!r}")
    values["publication_year"] = int(year) if year and year.isdigit() else None
    values["tags"] = sorted(set(values["tags"]))
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
    for column in COLUMNS:
        if column in {"frameworks", "tags", "slug"}:
            continue
        target = f"{column}_id" if column in {"document", "work_package"} else column
        setattr(resource, target, values[column])
    resource.framework_links = [
        ResourceFramework(framework=catalogue.frameworks[slug]) for slug in values["frameworks"]
    ]
    resource.tags.set(values["tags"])
    resource.full_clean(exclude=["locale", "translation_key"], validate_unique=False)
    save_resource(resource, publish=publish, user=user)


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
            "framework_links__framework", "tagged_items__tag"
        )
    }
    seen = set()
    for number, raw in enumerate(raw_rows, start=2):
        values, errors = clean(raw, catalogue)
        if values["slug"] in seen:
            errors.append("slug repeated in the file")
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
        report.record("rejected", number, values["slug"], [f"could not be saved: {error}"])
        return
    report.record("created" if resource is None else "updated", number, values["slug"])
