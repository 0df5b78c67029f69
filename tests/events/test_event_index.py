"""The events index: upcoming soonest first, past events paginated, filters that never break."""

from datetime import datetime, timedelta

import pytest

from django.utils import timezone

from wagtail.models import PageViewRestriction

from events.models import UPCOMING_SHOWN, EventPage
from tests.conftest import LANGUAGES
from tests.factories.events import EventPageFactory
from tests.html import link, selected_option, texts


def publish(**kwargs):
    event = EventPageFactory(**kwargs)
    event.save_revision().publish()
    return event


def upcoming_titles(response):
    return [event.title for event in response.context["upcoming_events"]]


def past_titles(response):
    return [event.title for event in response.context["page_obj"].object_list]


@pytest.mark.parametrize("code", LANGUAGES)
def test_index_renders_in_every_language_with_seeded_events(client, event_indexes, code):
    response = client.get(f"/{code}/events/")
    assert response.status_code == 200
    assert texts(response, "h1") == [event_indexes[code].title]
    past = EventPage.objects.live().get(locale__language_code=code, slug="study-visit-brussels")
    assert past.title in past_titles(response)
    upcoming = EventPage.objects.live().get(locale__language_code=code, slug="vet-web-conference-tirana")
    assert upcoming.title in upcoming_titles(response)
    assert upcoming.title in texts(response, "section[aria-labelledby=upcoming-events] h3")


def test_upcoming_events_come_soonest_first_and_past_ones_latest_first(client, event_index):
    now = timezone.now()
    publish(parent=event_index, title="Later upcoming", start=now + timedelta(days=3))
    publish(parent=event_index, title="Sooner upcoming", start=now + timedelta(days=1))
    publish(parent=event_index, title="Happening now", start=now - timedelta(hours=1))
    publish(parent=event_index, title="Recent past", start=now - timedelta(days=2))
    publish(parent=event_index, title="Older past", start=now - timedelta(days=5))

    response = client.get("/en/events/")
    upcoming, past = upcoming_titles(response), past_titles(response)
    assert (
        upcoming.index("Happening now") < upcoming.index("Sooner upcoming") < upcoming.index("Later upcoming")
    )
    assert past.index("Recent past") < past.index("Older past")
    assert "Recent past" not in upcoming
    assert "Happening now" not in past


def test_a_long_run_of_upcoming_events_is_bounded_and_says_so(client, event_index):
    now = timezone.now()
    already = len(upcoming_titles(client.get("/en/events/")))
    for number in range(UPCOMING_SHOWN + 5 - already):
        publish(parent=event_index, title=f"Workshop {number:02d}", start=now + timedelta(days=number + 1))

    response = client.get("/en/events/")
    assert len(upcoming_titles(response)) == UPCOMING_SHOWN
    assert texts(response, "section[aria-labelledby=upcoming-events] > p") == [
        f"These are the next {UPCOMING_SHOWN} events. Filter by type or year to see the others."
    ]
    assert upcoming_titles(response)[0] == "Workshop 00"


def test_a_short_run_of_upcoming_events_has_no_such_note(client, event_index):
    response = client.get("/en/events/")
    assert texts(response, "section[aria-labelledby=upcoming-events] > p") == []


def test_past_events_are_paginated(client, event_index):
    base = datetime(2015, 1, 1, 10, tzinfo=timezone.get_current_timezone())
    for day in range(12):
        publish(parent=event_index, title=f"Archive event {day:02}", start=base + timedelta(days=day))

    first = client.get("/en/events/?year=2015")
    assert len([title for title in past_titles(first) if title.startswith("Archive event")]) == 10
    assert link(first, "next") == "?year=2015&page=2"
    second = client.get("/en/events/?year=2015&page=2")
    assert past_titles(second) == ["Archive event 01", "Archive event 00"]


def test_the_page_numbers_count_exactly_the_past_events_listed(client, event_index):
    """The count behind the page numbers is its own query (core.pages.children_to_count):
    upcoming events, drafts and private events stay out of it."""
    listed = client.get("/en/events/").context["page_obj"].paginator.count
    base = timezone.now() - timedelta(days=400)
    for day in range(12):
        publish(parent=event_index, title=f"Counted {day:02}", start=base + timedelta(days=day))
    publish(parent=event_index, title="Still to come", start=timezone.now() + timedelta(days=2))
    EventPageFactory(parent=event_index, title="A draft", start=base).unpublish()
    private = publish(parent=event_index, title="Members only", start=base)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/en/events/")
    assert response.context["page_obj"].paginator.count == listed + 12
    last_page = (listed + 12 + 9) // 10
    assert len(past_titles(client.get(f"/en/events/?page={last_page}"))) == (listed + 12) - 10 * (
        last_page - 1
    )


def test_filter_by_type_and_year(client, db):
    def listed(response):
        return " ".join(upcoming_titles(response) + past_titles(response))

    mobility = listed(client.get("/en/events/?type=mobility"))
    assert "Study visit in Brussels" in mobility
    assert "Staff mobility in Friuli Venezia Giulia" in mobility
    assert "Training days in Podgorica" not in mobility

    of_2023 = listed(client.get("/en/events/?year=2023"))
    assert "Training days in Podgorica" in of_2023
    assert "Study visit in Brussels" not in of_2023

    response = client.get("/en/events/?type=webinar&year=2024")
    assert "EQAVET quality cycle" in listed(response)
    assert "Europass and ESCO" not in listed(response)
    assert (response.context["filters"].event_type, response.context["filters"].year) == ("webinar", 2024)
    assert (selected_option(response, "type"), selected_option(response, "year")) == ("webinar", "2024")


def test_filter_labels_are_translated(client, db):
    response = client.get("/it/events/")
    assert "Webinar" in texts(response, "select[name=type] option")
    assert "Tutti i tipi" in texts(response, "select[name=type] option")


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
    assert "page_obj" in response.context and texts(response, "h2#past-events")


def test_index_queries_do_not_grow_with_the_number_of_events(assert_queries_constant, event_index):
    now = timezone.now()

    def add(n, offset):
        for i in range(offset, offset + n):
            # Alternate upcoming and past events so both lists grow.
            start = now + timedelta(days=i + 1) if i % 2 else now - timedelta(days=i + 1)
            publish(parent=event_index, start=start)

    assert_queries_constant("/en/events/", add, sizes=(5, 200))
    assert EventPage.objects.child_of(event_index).count() >= 200


def test_seeding_again_adds_nothing_and_keeps_edits(event_index):
    from demo.seed.events import seed_events

    event = EventPage.objects.get(locale__language_code="en", slug="study-visit-brussels")
    event.title = "Edited by the communication officer"
    event.save_revision().publish()
    pages_before = EventPage.objects.count()

    seed_events(log=lambda message: None)

    assert EventPage.objects.count() == pages_before
    assert EventPage.objects.get(pk=event.pk).title == "Edited by the communication officer"


def test_an_event_that_ends_moves_to_the_past_without_any_edit(client, event_index, monkeypatch):
    """What the index and the home page list is kept per content generation, but the clock moves
    events too: one that ends leaves the upcoming lists, though nobody edited anything."""
    now = timezone.now()
    publish(
        parent=event_index,
        title="Ends within the hour",
        start=now - timedelta(hours=1),
        end=now + timedelta(minutes=30),
    )
    assert "Ends within the hour" in upcoming_titles(client.get("/en/events/"))
    assert "Ends within the hour" in texts(client.get("/en/"), "#upcoming-heading ~ ul h3")

    monkeypatch.setattr(timezone, "now", lambda: now + timedelta(hours=1))
    response = client.get("/en/events/")
    assert "Ends within the hour" not in upcoming_titles(response)
    assert "Ends within the hour" in past_titles(response)
    assert "Ends within the hour" not in texts(client.get("/en/"), "#upcoming-heading ~ ul h3")
