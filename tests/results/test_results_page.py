"""The public Results page: work packages with their deliverables, and figures drawn as SVG
charts with a table holding the same data, downloadable as CSV; and the Erasmus+ export."""

import csv
import io
import re
from datetime import timedelta
from html import unescape

import pytest
from openpyxl import load_workbook

from django.urls import reverse
from django.utils import timezone

from editorial.roles import COORDINATOR, OFFICER, TRANSLATOR
from events.models import EventIndexPage, EventParticipants
from mobility.models import MobilityIndexPage, MobilityPage
from resources.models import Resource, ResourceDownload
from tests.conftest import LANGUAGES, query_counts
from tests.editorial.conftest import user_for
from tests.factories.events import EventPageFactory

PAGE_BUDGET_BYTES = 100_000
QUERY_BUDGET = 15  # queries the results add to those every page makes


def tables(html):
    """{table id: [(row label, column heading, value)]} of the figures' tables."""
    found = {}
    for key, table in re.findall(r'<table class="figures" id="table-([a-z]+)">(.*?)</table>', html, re.S):
        headings = [unescape(h) for h in re.findall(r'<th scope="col"[^>]*>(.*?)</th>', table)]
        cells = []
        for row in re.findall(r"<tr><th scope=\"row\">(.*?)</th>(.*?)</tr>", table, re.S):
            values = re.findall(r'<td class="number">(.*?)</td>', row[1])
            cells += [(unescape(row[0]), h, v) for h, v in zip(headings[1:], values, strict=True)]
        found[key] = cells
    return found


def csv_cells(response):
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    return {(row[1], row[2], row[3]) for row in rows[2:]}, rows


@pytest.fixture
def downloads(db):
    resource = Resource.objects.filter(locale__language_code="en", live=True).first()
    today = timezone.localdate()
    ResourceDownload.objects.create(resource=resource, language_code="sq", date=today, count=7)
    ResourceDownload.objects.create(resource=resource, language_code="en", date=today, count=3)
    ResourceDownload.objects.create(
        resource=resource, language_code="it", date=today - timedelta(days=40), count=2
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_results_page_shows_work_packages_and_figures_in_every_language(client, downloads, code):
    response = client.get(f"/{code}/results/")
    assert response.status_code == 200
    assert len(response.content) < PAGE_BUDGET_BYTES
    html = response.content.decode()
    assert f'href="/{code}/work-packages/staff-mobility/"' in html
    assert html.count('class="deliverables"') >= 5
    charts = re.findall(r"<svg class=\"bar-chart\" role=\"img\" aria-labelledby=\"([^\"]+)\"", html)
    assert len(charts) == 4
    for labelled_by in charts:
        title_id, desc_id = labelled_by.split()
        assert f'<title id="{title_id}">' in html and f'<desc id="{desc_id}">' in html
    found = tables(html)
    assert set(found) == {"library", "downloads", "participants", "mobilities"}, "each chart has its table"
    assert "<script" not in html.split("<main")[1].split("</main>")[0]


def test_figures_come_from_reports_mobilities_and_downloads(client, downloads):
    found = tables(client.get("/en/results/").content.decode())
    participants = {label: value for label, _heading, value in found["participants"]}
    assert participants == {"Montenegro": "8", "Albania": "6"}
    mobilities = {(label, heading): value for label, heading, value in found["mobilities"]}
    assert mobilities[("Italy", "All mobilities")] == "1"
    assert sum(int(v) for (_label, heading), v in mobilities.items() if heading == "All mobilities") == 4
    this_month = [cells for cells in found["downloads"] if cells[1] == "All languages"][-1]
    assert this_month[2] == "10"
    library = {(label, heading): value for label, heading, value in found["library"]}
    assert int(library[("English", "Library entries")]) > 0


@pytest.mark.parametrize("code", LANGUAGES)
def test_results_csv_holds_exactly_the_figures_on_the_page(client, downloads, code):
    page = tables(client.get(f"/{code}/results/").content.decode())
    response = client.get(f"/{code}/results/csv/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    cells, rows = csv_cells(response)
    on_page = {cell for figure in page.values() for cell in figure}
    assert cells == on_page
    assert len(rows) - 2 == len(on_page)


def test_cancelled_events_are_not_counted_as_held(client, db):
    index = EventIndexPage.objects.get(locale__language_code="en")
    past = timezone.now() - timedelta(days=10)
    event = EventPageFactory(parent=index, status="cancelled", start=past, end=past + timedelta(hours=2))
    event.participants.add(EventParticipants(country="IT", count=50))
    event.save_revision().publish()
    participants = tables(client.get("/en/results/").content.decode())["participants"]
    assert "Italy" not in {label for label, _h, _v in participants}


def test_results_page_queries_stay_within_budget_whatever_the_content(assert_queries_constant, client, db):
    events = EventIndexPage.objects.get(locale__language_code="en")
    stories = MobilityIndexPage.objects.get(locale__language_code="en")
    resource = Resource.objects.filter(locale__language_code="en", live=True).first()
    template = MobilityPage.objects.filter(locale__language_code="en").first()

    def add(count, start):
        for n in range(start, start + count):
            past = timezone.now() - timedelta(days=20 + n)
            event = EventPageFactory(parent=events, start=past, end=past + timedelta(hours=2))
            event.participants.add(EventParticipants(country=["AL", "ME", "IT", "XK"][n % 4], count=n + 1))
            event.save_revision().publish()
            story = MobilityPage(
                title=f"Story {n}",
                slug=f"results-story-{n}",
                role="trainer",
                sending_organisation="X",
                sending_country="AL",
                host_organisation="Y",
                host_country=["IT", "ES", "BE"][n % 3],
                start_date=template.start_date,
                end_date=template.end_date,
            )
            stories.add_child(instance=story)
            story.save_revision().publish()
            ResourceDownload.objects.create(
                resource=resource,
                language_code="sq",
                date=timezone.localdate() - timedelta(days=n * 30),
                count=n + 1,
            )

    assert_queries_constant("/en/results/", add, sizes=(1, 8))
    # Every page pays the same base (site, route, navigation, footer, alternates): the budget is
    # what the results add to a plain standard page.
    [results, plain], _responses = query_counts(client, ["/en/results/", "/en/about/"])
    assert results - plain <= QUERY_BUDGET


@pytest.mark.parametrize("role", [OFFICER, COORDINATOR])
def test_officers_and_coordinators_download_the_erasmus_plus_export(client, db, role):
    client.force_login(user_for(role))
    page = client.get(reverse("results_export"))
    assert page.status_code == 200
    workbook = load_workbook(io.BytesIO(client.get(reverse("results_export") + "?format=xlsx").content))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][:2] == ("Result title", "Result type")
    types = {row[1] for row in rows[1:]}
    assert {"Event", "Case study", "Report/study"} <= types
    csv_rows = list(
        csv.reader(
            io.StringIO(client.get(reverse("results_export") + "?format=csv").content.decode("utf-8-sig"))
        )
    )
    assert len(csv_rows) == len(rows)
    assert any(row[0] == "Staff mobility in Friuli Venezia Giulia" and row[1] == "Event" for row in csv_rows)


@pytest.mark.parametrize("code", ["sq", "cnr", "it"])
def test_translators_cannot_export_results(client, db, code):
    client.force_login(user_for(TRANSLATOR, code))
    for query in ("", "?format=csv", "?format=xlsx"):
        response = client.get(reverse("results_export") + query)
        assert response.status_code in (302, 403)
        assert response.get("Content-Disposition") is None
