"""The events index: upcoming soonest first, past events paginated, filters that never break."""

from datetime import datetime, timedelta

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import EventPage
from tests.conftest import LANGUAGES
from tests.factories.events import EventPageFactory


def publish(**kwargs):
    event = EventPageFactory(**kwargs)
    event.save_revision().publish()
    return event


def section(html, heading_id):
    return html.split(f'id="{heading_id}"')[1].split("</section>")[0]


@pytest.mark.parametrize("code", LANGUAGES)
def test_index_renders_in_every_language_with_seeded_events(client, event_indexes, code):
    response = client.get(f"/{code}/events/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert f"<h1>{event_indexes[code].title}</h1>" in html
    past_titles = EventPage.objects.live().filter(locale__language_code=code, slug="study-visit-brussels")
    assert past_titles.get().title in section(html, "past-events")
    upcoming = EventPage.objects.live().get(locale__language_code=code, slug="vet-web-conference-tirana")
    assert upcoming.title in section(html, "upcoming-events")


def test_upcoming_events_come_soonest_first_and_past_ones_latest_first(client, event_index):
    now = timezone.now()
    publish(parent=event_index, title="Later upcoming", start=now + timedelta(days=3))
    publish(parent=event_index, title="Sooner upcoming", start=now + timedelta(days=1))
    publish(parent=event_index, title="Happening now", start=now - timedelta(hours=1))
    publish(parent=event_index, title="Recent past", start=now - timedelta(days=2))
    publish(parent=event_index, title="Older past", start=now - timedelta(days=5))

    html = client.get("/en/events/").content.decode()
    upcoming, past = section(html, "upcoming-events"), section(html, "past-events")
    assert (
        upcoming.index("Happening now") < upcoming.index("Sooner upcoming") < upcoming.index("Later upcoming")
    )
    assert past.index("Recent past") < past.index("Older past")
    assert "Recent past" not in upcoming
    assert "Happening now" not in past


def test_past_events_are_paginated(client, event_index):
    base = datetime(2015, 1, 1, 10, tzinfo=timezone.get_current_timezone())
    for day in range(12):
        publish(parent=event_index, title=f"Archive event {day:02}", start=base + timedelta(days=day))

    html = client.get("/en/events/?year=2015").content.decode()
    assert section(html, "past-events").count("Archive event") == 10
    assert 'href="?year=2015&amp;page=2"' in html
    second = client.get("/en/events/?year=2015&page=2").content.decode()
    assert section(second, "past-events").count("Archive event") == 2
    assert "Archive event 00" in second and "Archive event 01" in second


def test_filter_by_type_and_year(client, db):
    html = client.get("/en/events/?type=mobility").content.decode()
    assert "Study visit in Brussels" in html
    assert "Staff mobility in Friuli Venezia Giulia" in html
    assert "Training days in Podgorica" not in html

    html = client.get("/en/events/?year=2023").content.decode()
    assert "Training days in Podgorica" in html
    assert "Study visit in Brussels" not in html

    html = client.get("/en/events/?type=webinar&year=2024").content.decode()
    assert "EQAVET quality cycle" in html
    assert "Europass and ESCO" not in html
    assert '<option value="webinar" selected>' in html
    assert '<option value="2024" selected>' in html


def test_filter_labels_are_translated(client, db):
    html = client.get("/it/events/").content.decode()
    assert "Webinar" in html
    assert "Tutti i tipi" in html


BAD_QUERIES = [
    "type=party",
    "type=",
    "year=1999",
    "year=abcd",
    "year=99999",
    "year=-1",
    "year=٢٠٢٤",
    "page=-1",
    "page=0",
    "page=x",
    "page=99999",
    "page=" + "9" * 5000,
    "type=" + "x" * 5000,
    "year=2024&type=%00",
    "type=%F0%9F%8E%89&year=%E2%80%AE2024",
    "page=1.5",
    "type[]=mobility",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_filter_values_and_page_numbers_give_a_normal_page(client, db, query):
    response = client.get(f"/en/events/?{query}")
    assert response.status_code == 200
    assert b'id="past-events"' in response.content


def test_index_queries_do_not_grow_with_the_number_of_events(client, event_index):
    now = timezone.now()

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/events/").status_code == 200
        return len(queries)

    def add(n, offset):
        for i in range(offset, offset + n):
            # Alternate upcoming and past events so both lists grow.
            start = now + timedelta(days=i + 1) if i % 2 else now - timedelta(days=i + 1)
            publish(parent=event_index, start=start)

    add(5, 0)
    count()  # warm the per-process caches (site root paths, locales)
    few = count()
    add(195, 5)
    assert EventPage.objects.child_of(event_index).count() >= 200
    assert count() == few


def test_seeding_again_adds_nothing_and_keeps_edits(event_index):
    from demo.seed.events import seed_events

    event = EventPage.objects.get(locale__language_code="en", slug="study-visit-brussels")
    event.title = "Edited by the communication officer"
    event.save_revision().publish()
    pages_before = EventPage.objects.count()

    seed_events(log=lambda message: None)

    assert EventPage.objects.count() == pages_before
    assert EventPage.objects.get(pk=event.pk).title == "Edited by the communication officer"
