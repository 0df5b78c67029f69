"""The Results page's figures open in columns in an Italian, Albanian or Montenegrin Excel: an XLSX
download linked from the page, numbers as numbers, headings in the page's language."""

import io

import pytest
from openpyxl import load_workbook

from tests.conftest import LANGUAGES
from tests.html import parsed

pytestmark = pytest.mark.django_db

HEADING = {"en": "Figure", "it": "Dato"}


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_results_page_links_a_workbook_that_opens_in_columns(client, code):
    page = parsed(client.get(f"/{code}/results/"))
    link = page.select_one("a[href$='/xlsx/']")
    assert link is not None and link.has_attr("download")

    response = client.get(link["href"])

    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert len(rows) > 2 and all(len(row) == 4 for row in rows)
    values = [row[3] for row in rows[1:]]
    assert all(isinstance(value, int) for value in values), values
    csv_lines = (
        client.get(page.select_one("a[href$='/csv/']")["href"]).content.decode("utf-8-sig").splitlines()
    )
    assert len(csv_lines) == len(rows)
