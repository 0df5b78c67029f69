"""import_resources / export_resources: create or update by slug, dry runs, rejected rows, round trips."""

import csv
import io
import json

import pytest

from django.core.management import CommandError, call_command

from resources.exchange import columns
from resources.models import Resource
from tests.factories.resources import ResourceFactory

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


def run_rejecting(*args):
    """Run a command that must fail (exit status 1); its report and the error's message."""
    out = io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command(*args, stdout=out, stderr=io.StringIO())
    assert failure.value.returncode == 1
    return out.getvalue(), str(failure.value)


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
    # Without --publish the update is a draft revision (tests/editorial/test_import_drafts.py).
    assert (
        Resource.objects.get(slug="imported-guide").get_latest_revision_as_object().title == "Renamed guide"
    )


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

    output, _error = run_rejecting("import_resources", write_csv(tmp_path / "mixed.csv", rows))

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

    with pytest.raises(CommandError, match="Cannot read"):
        run("import_resources", str(path))


BAD_FILE_ROWS = [
    {**GOOD, "slug": "fine-row"},
    {**GOOD, "slug": "long-title", "title": "T" * 400},  # passes the row checks, fails the model's
    {**GOOD, "slug": "nothing-to-download", "external_url": ""},
    {**GOOD, "slug": "bad-type", "resource_type": "poem"},
]


def test_dry_run_and_real_import_give_the_same_report_on_a_bad_file(tmp_path):
    path = write_csv(tmp_path / "bad.csv", BAD_FILE_ROWS)

    dry, dry_error = run_rejecting("import_resources", path, "--dry-run")
    assert not Resource.objects.filter(slug="fine-row").exists()
    real, real_error = run_rejecting("import_resources", path)

    assert dry.replace("Dry run, nothing written. Would have ", "") == real
    assert dry_error == real_error == "Rejected rows: 3."
    assert "row 3 (long-title): title: " in real
    assert "row 4 (nothing-to-download): needs a document or an external link" in real
    assert list(
        Resource.objects.filter(slug__in=[r["slug"] for r in BAD_FILE_ROWS]).values_list("slug", flat=True)
    ) == ["fine-row"]


def test_a_clean_file_exits_zero_and_a_rejected_row_exits_one(tmp_path):
    run("import_resources", write_csv(tmp_path / "good.csv", [GOOD]))

    _output, error = run_rejecting(
        "import_resources", write_csv(tmp_path / "bad.csv", [{**GOOD, "title": ""}])
    )
    assert error == "Rejected rows: 1."


def csv_bytes(rows, delimiter=",", encoding="utf-8"):
    stream = io.StringIO(newline="")
    writer = csv.DictWriter(stream, fieldnames=columns(), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return stream.getvalue().encode(encoding)


@pytest.mark.parametrize(
    ("delimiter", "encoding", "described"),
    [
        (";", "cp1252", "semicolon-separated, Windows-1252"),
        ("\t", "utf-8", "tab-separated, UTF-8"),
        (",", "utf-8-sig", "comma-separated, UTF-8"),
        (";", "utf-8-sig", "semicolon-separated, UTF-8"),
    ],
)
def test_delimiter_and_encoding_are_detected(tmp_path, delimiter, encoding, described):
    path = tmp_path / "excel.csv"
    path.write_bytes(csv_bytes([{**GOOD, "title": "Qualità e cilësi"}], delimiter, encoding))
    err = io.StringIO()

    call_command("import_resources", str(path), stdout=io.StringIO(), stderr=err)

    assert described in err.getvalue()
    assert Resource.objects.get(slug="imported-guide").title == "Qualità e cilësi"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"slug|title|summary\nx|y|z\n", "separated by commas, semicolons or tabs"),
        (b"slug,title,summary,resource_type,colour\n", "Unknown columns: colour"),
        (b"\x81\x8d\x8f\x90\x9d", "neither UTF-8 nor Windows-1252"),
    ],
)
def test_a_file_that_cannot_be_read_says_why_and_writes_nothing(tmp_path, content, message):
    before = Resource.objects.count()
    path = tmp_path / "odd.csv"
    path.write_bytes(content)

    with pytest.raises(CommandError, match=message):
        run("import_resources", str(path))
    assert Resource.objects.count() == before


def test_excel_workbooks_are_imported(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(columns())
    sheet.append([2024 if column == "publication_year" else GOOD.get(column, "") for column in columns()])
    workbook.save(tmp_path / "library.xlsx")

    output = run("import_resources", str(tmp_path / "library.xlsx"))

    assert "created 1" in output
    assert Resource.objects.get(slug="imported-guide").publication_year == 2024


def test_exported_cells_that_look_like_formulas_are_inert_and_import_back_unchanged(tmp_path):
    ResourceFactory(
        slug="formula", title='=HYPERLINK("http://evil.example","x")', summary="-1+2", publisher="@me"
    )
    path = tmp_path / "library.csv"

    run("export_resources", str(path))
    rows = {row["slug"]: row for row in csv.DictReader(path.open(encoding="utf-8"))}
    output = run("import_resources", str(path))

    assert rows["formula"]["title"].startswith("'=HYPERLINK(")
    assert rows["formula"]["summary"] == "'-1+2" and rows["formula"]["publisher"] == "'@me"
    assert "created 0, updated 0" in output
    assert Resource.objects.get(slug="formula", locale__language_code="en").title.startswith("=HYPERLINK(")
