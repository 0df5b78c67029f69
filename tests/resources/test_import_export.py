"""import_resources / export_resources: create or update by slug, dry runs, rejected rows, round trips."""

import csv
import io
import json

import pytest

from django.core.management import call_command

from resources.exchange import columns
from resources.models import Resource

pytestmark = pytest.mark.django_db

GOOD = {
    "slug": "imported-guide",
    "title": "Imported guide",
    "summary": "Came in from a spreadsheet.",
    "frameworks": "eqf;ecvet",
    "resource_type": "guide",
    "audiences": "trainers;employers",
    "eqf_levels": "4;5",
    "file_languages": "en",
    "external_url": "https://example.org/guide",
    "publication_year": "2024",
    "tags": "imported;spreadsheet",
}


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=columns())
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    return str(path)


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_import_creates_resources_with_frameworks_and_tags(tmp_path):
    output = run("import_resources", write_csv(tmp_path / "new.csv", [GOOD]))

    resource = Resource.objects.get(slug="imported-guide", locale__language_code="en")
    assert "created 1" in output
    assert [link.framework.slug for link in resource.framework_links.all()] == ["eqf", "ecvet"]
    assert sorted(resource.tags.names()) == ["imported", "spreadsheet"]
    assert resource.audiences == ["trainers", "employers"]
    assert resource.publication_year == 2024


def test_import_updates_an_existing_resource_by_slug(tmp_path):
    run("import_resources", write_csv(tmp_path / "first.csv", [GOOD]))

    output = run("import_resources", write_csv(tmp_path / "second.csv", [{**GOOD, "title": "Renamed guide"}]))

    assert "updated 1" in output
    assert Resource.objects.filter(slug="imported-guide").count() == 1
    assert Resource.objects.get(slug="imported-guide").title == "Renamed guide"


def test_dry_run_writes_nothing(tmp_path):
    before = Resource.objects.count()

    output = run("import_resources", write_csv(tmp_path / "dry.csv", [GOOD]), "--dry-run")

    assert "Would have created 1" in output
    assert Resource.objects.count() == before


def test_bad_rows_are_reported_and_the_others_imported(tmp_path):
    rows = [
        {**GOOD, "slug": "bad-framework", "frameworks": "nosuchframework"},
        {**GOOD, "slug": "bad-url", "external_url": "not a url"},
        {**GOOD, "slug": "no-title", "title": ""},
        {**GOOD, "slug": "fine-one"},
        {**GOOD, "slug": "bad-type", "resource_type": "poem", "eqf_levels": "9"},
    ]

    output = run("import_resources", write_csv(tmp_path / "mixed.csv", rows))

    assert "created 1" in output and "rejected 4" in output
    assert "row 2 (bad-framework): unknown framework 'nosuchframework'" in output
    assert "row 3 (bad-url): bad URL 'not a url'" in output
    assert "row 4 (no-title): missing title" in output
    assert "unknown resource type 'poem'" in output and "unknown eqf_levels value '9'" in output
    assert list(
        Resource.objects.filter(slug__in=[row["slug"] for row in rows]).values_list("slug", flat=True)
    ) == ["fine-one"]


def test_json_import_accepts_lists(tmp_path):
    path = tmp_path / "new.json"
    path.write_text(
        json.dumps([{**GOOD, "audiences": ["learners"], "tags": ["json"], "frameworks": ["esco"]}])
    )

    run("import_resources", str(path))

    resource = Resource.objects.get(slug="imported-guide")
    assert resource.audiences == ["learners"]
    assert list(resource.tags.names()) == ["json"]


@pytest.mark.parametrize("extension", ["csv", "json"])
def test_export_then_import_changes_nothing(tmp_path, extension):
    path = tmp_path / f"library.{extension}"
    run("export_resources", str(path))
    exported = path.read_text(encoding="utf-8")

    output = run("import_resources", str(path))
    run("export_resources", str(path))

    count = Resource.objects.filter(locale__language_code="en").count()
    assert f"created 0, updated 0, unchanged {count}, rejected 0" in output
    assert path.read_text(encoding="utf-8") == exported


def test_unreadable_file_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json")

    with pytest.raises(Exception, match="Cannot read"):
        run("import_resources", str(path))
