"""Admin → Library → Import: a communication officer uploads a file, reads the dry run row by
row, and confirms; a file that cannot be read or a stale confirmation writes nothing."""

import csv
import io

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from resources.exchange import columns
from resources.models import Resource
from tests.workflow.conftest import make_user, officer, translator_sq  # noqa: F401 - role fixtures

pytestmark = pytest.mark.django_db

URL = "/admin/library/import/"
GOOD = {
    "slug": "officer-import",
    "title": "Imported by an officer",
    "summary": "From a spreadsheet an officer uploaded.",
    "resource_type": "guide",
    "audiences": "trainers",
    "external_url": "https://example.org/officer",
}


def upload(rows, name="library.csv", delimiter=";"):
    stream = io.StringIO(newline="")
    writer = csv.DictWriter(stream, fieldnames=columns(), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return SimpleUploadedFile(name, stream.getvalue().encode("cp1252"), content_type="text/csv")


@pytest.fixture
def signed_in(client, officer):  # noqa: F811
    client.force_login(officer)
    return client


def rows_of(response):
    return [(number, slug, outcome) for number, slug, outcome, _reasons in response.context["report"].rows]


def test_the_library_menu_offers_the_import_to_officers(signed_in):
    response = signed_in.get("/admin/")

    assert URL.encode() in response.content


def test_upload_previews_row_by_row_then_confirm_imports(signed_in):
    bad = {**GOOD, "slug": "no-file", "external_url": ""}
    response = signed_in.post(URL, {"file": upload([GOOD, bad])})

    assert response.status_code == 200
    assert rows_of(response) == [(2, "officer-import", "created"), (3, "no-file", "rejected")]
    assert b"needs a document or an external link" in response.content
    assert not Resource.objects.filter(slug="officer-import").exists()  # a preview writes nothing

    sha = response.context["sha256"]
    confirmed = signed_in.post(URL, {"confirm": "1", "sha256": sha})

    assert confirmed.status_code == 200
    assert rows_of(confirmed) == rows_of(response)
    assert Resource.objects.get(slug="officer-import", locale__language_code="en").title == GOOD["title"]
    assert not Resource.objects.filter(slug="no-file").exists()


def test_a_file_that_cannot_be_read_is_explained_and_changes_nothing(signed_in):
    before = Resource.objects.count()
    broken = SimpleUploadedFile("library.csv", b"name|title\nx|y\n", content_type="text/csv")

    response = signed_in.post(URL, {"file": broken})

    assert response.status_code == 200
    assert b"separated by commas, semicolons or tabs" in response.content
    assert "report" not in response.context
    assert Resource.objects.count() == before


def test_a_stale_confirmation_imports_nothing(signed_in):
    signed_in.post(URL, {"file": upload([GOOD])})

    response = signed_in.post(URL, {"confirm": "1", "sha256": "0" * 64}, follow=True)

    assert b"upload the file again" in response.content
    assert not Resource.objects.filter(slug="officer-import").exists()


def test_an_excel_upload_is_previewed(signed_in):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(columns())
    workbook.active.append([GOOD.get(column, "") for column in columns()])
    data = io.BytesIO()
    workbook.save(data)

    response = signed_in.post(URL, {"file": SimpleUploadedFile("library.xlsx", data.getvalue())})

    assert rows_of(response) == [(2, "officer-import", "created")]


def test_a_translator_may_not_import(client, translator_sq):  # noqa: F811
    client.force_login(translator_sq)
    before = Resource.objects.count()

    response = client.post(URL, {"file": upload([GOOD])})

    assert response.status_code in {302, 403}
    assert Resource.objects.count() == before
