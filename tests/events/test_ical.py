"""Calendars parse as RFC 5545, carry the fields Outlook insists on, and keep UIDs stable."""

import re
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from uuid import uuid4

import pytest
from icalendar import Calendar, Event

from django.utils import timezone

from events import ical
from events.models import EventPage
from tests.conftest import LANGUAGES, refetch
from tests.factories.events import EventPageFactory


def plain_event(**overrides):
    values = {
        "translation_key": uuid4(),
        "locale": SimpleNamespace(language_code="sq"),
        "title": "Ditë trajnimi në Podgoricë",
        "intro": "Nis faza <b>eksploruese</b>.",
        "start": datetime(2023, 9, 19, 7, 30, tzinfo=UTC),
        "end": datetime(2023, 9, 19, 14, 0, tzinfo=UTC),
        "place": "Centar za stručno obrazovanje, Podgoricë, Mali i Zi",
        "online_url": "",
        "last_published_at": datetime(2023, 8, 1, 12, 0, tzinfo=UTC),
    }
    return SimpleNamespace(**{**values, **overrides})


def parsed_vevents(event, url="https://x.example/"):
    """The event's entries as a calendar client reads them (icalendar's parser)."""
    return Calendar.from_ical(ical.calendar_for(ical.event_to_vevents(event, url), "Ngjarje")).walk("VEVENT")


def test_vevent_has_the_fields_calendar_clients_need():
    event = plain_event()
    calendar = ical.calendar_for(
        ical.event_to_vevents(event, "https://vet-web.example/sq/events/x/"), "Ngjarje"
    )
    parsed = Calendar.from_ical(calendar)

    assert parsed["VERSION"] == "2.0"
    assert parsed["PRODID"] == ical.PRODUCT_ID
    assert parsed["METHOD"] == "PUBLISH"
    assert parsed["X-WR-CALNAME"] == "Ngjarje"
    [vevent] = parsed.walk("VEVENT")
    assert vevent["UID"] == f"{event.translation_key}-sq@vet-web"
    assert vevent.decoded("DTSTAMP") == event.last_published_at
    assert vevent.decoded("DTSTART") == event.start
    assert vevent.decoded("DTSTART").tzinfo is not None
    assert vevent.decoded("DTEND") == event.end
    assert str(vevent["SUMMARY"]) == event.title
    assert str(vevent["LOCATION"]) == event.place
    assert "<b>" not in str(vevent["DESCRIPTION"])
    assert str(vevent["URL"]) == "https://vet-web.example/sq/events/x/"


def test_times_are_written_in_utc():
    event = plain_event(
        start=datetime(2024, 6, 4, 9, 0, tzinfo=__import__("zoneinfo").ZoneInfo("Europe/Rome"))
    )
    event.end = event.start + timedelta(hours=8)
    text = "".join(ical.event_to_vevents(event, "https://x.example/"))
    assert "DTSTART:20240604T070000Z" in text
    assert "DTEND:20240604T150000Z" in text


def test_online_event_uses_its_link_as_location():
    event = plain_event(place="", online_url="https://meet.example.org/vet-web")
    [vevent] = parsed_vevents(event)
    assert str(vevent["LOCATION"]) == "https://meet.example.org/vet-web"


def test_unpublished_event_gets_a_dtstamp_anyway():
    [vevent] = parsed_vevents(plain_event(last_published_at=None))
    assert vevent.decoded("DTSTAMP").tzinfo is not None


# What people type, long enough to be folded, with what RFC 5545 escapes (\\ ; , and line breaks)
# at every octet around the fold and characters of two, three and four octets across it.
TYPED = [
    *(f"{'x' * n}\\,; Trajnim për trajnerët{' ë' * 30}" for n in range(58, 78)),
    *(f"{'ë' * n}Обука за тренере у Подгорици, Црна Гора; 📅 {'ж' * 40}" for n in range(30, 40)),
    "Dita 1\r\nDita 2\nDita 3\rDita 4",
    "\\" * 80,
    "📅" * 40,
]


@pytest.mark.parametrize("typed", TYPED, ids=[f"typed-{n}" for n in range(len(TYPED))])
def test_a_calendar_client_reads_back_exactly_what_was_typed(typed):
    """Titles and places with commas, semicolons, backslashes, line breaks and letters of several
    octets, folded: icalendar's parser gets each back as it was typed."""
    event = plain_event(title=typed, place=typed)
    body = ical.calendar_for(ical.event_to_vevents(event, "https://x.example/"), "Ngjarje")
    read = typed.replace("\r\n", "\n").replace("\r", "\n")  # any line break is one

    [vevent] = Calendar.from_ical(body).walk("VEVENT")
    assert (str(vevent["SUMMARY"]), str(vevent["LOCATION"])) == (read, read)
    lines = body.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines), "folded at 75 octets"
    for line in lines:
        line.decode()  # never cut inside a character


def test_the_calendars_name_is_text_with_its_commas_escaped():
    """X- properties are TEXT (RFC 5545 3.8.8.2). icalendar wrote the name as it came; no name had
    a comma, semicolon or backslash then, so no calendar changed."""
    body = ical.calendar_for([], "Ngjarje, lajme; Tiranë")
    assert "X-WR-CALNAME:Ngjarje\\, lajme\\; Tiranë\r\n" in body.decode()


@pytest.mark.parametrize("typed", TYPED, ids=[f"typed-{n}" for n in range(len(TYPED))])
def test_entries_are_written_as_icalendar_writes_them(typed):
    """The same octets as the icalendar package (which wrote the calendars before, and which
    clients have read for years): escaping and folding included."""
    event = plain_event(title=typed, status="scheduled")
    reference = Event()
    reference.add("summary", typed, parameters={"LANGUAGE": "sq"})
    [vevent] = ical.event_to_vevents(event, "https://x.example/", language="sq")
    summary = vevent.split("\r\nDTSTART")[0].removeprefix("BEGIN:VEVENT\r\n") + "\r\n"
    assert summary.encode() == reference.to_ical().removeprefix(b"BEGIN:VEVENT\r\n").removesuffix(
        b"END:VEVENT\r\n"
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_event_downloads_as_a_valid_ics_file(client, db, code):
    response = client.get(f"/{code}/events/mobility-friuli-venezia-giulia/ics/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="mobility-friuli-venezia-giulia.ics"'
    parsed = Calendar.from_ical(response.content)
    vevents = parsed.walk("VEVENT")
    assert len(vevents) == 4, "four days, one entry each (events/ical.py)"
    for vevent in vevents:
        for field in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "STATUS"):
            assert field in vevent
    assert vevents[0].decoded("DTSTART") == datetime(2024, 6, 4, 7, 0, tzinfo=UTC)
    assert vevents[0]["UID"].endswith(f"-{code}@vet-web")
    lines = response.content.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR"
    assert all(len(line) <= 75 for line in lines), "RFC 5545 folds lines at 75 octets"


@pytest.mark.parametrize("code", LANGUAGES)
def test_language_calendar_parses_and_holds_only_that_languages_events(client, event_indexes, code):
    response = client.get(f"/{code}/events/calendar/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    parsed = Calendar.from_ical(response.content)
    vevents = parsed.walk("VEVENT")
    year_ago = timezone.now() - timedelta(days=365)
    written_here = EventPage.objects.live().filter(locale__language_code=code, alias_of__isnull=True)
    expected = written_here.filter(end__gte=year_ago)
    urls = {str(v["URL"]) for v in vevents}
    assert len(urls) == expected.count() >= 3, "upcoming events and those of the last year"
    assert written_here.filter(end__lt=year_ago).exists(), "the seed has older events, left out"
    for event in expected:
        assert any(event.title in str(v["SUMMARY"]) for v in vevents), event.title
    assert all(re.search(rf"-{code}(-day\d+)?@vet-web$", str(v["UID"])) for v in vevents)
    assert all(f"/{code}/events/" in str(v["URL"]) for v in vevents)
    assert parsed["X-WR-CALNAME"] == f"VET-WEB · {event_indexes[code].title}"


def test_calendar_leaves_out_untranslated_copies(client, event_index, run_on_commit):
    from django.core.management import call_command

    EventPageFactory(
        parent=event_index, title="Only in English", slug="only-in-english"
    ).save_revision().publish()
    call_command("sync_locale_trees")
    assert client.get("/sq/events/only-in-english/").status_code == 200
    assert b"Only in English" in client.get("/en/events/calendar/").content
    assert b"Only in English" not in client.get("/sq/events/calendar/").content


def test_uid_survives_edits_and_republishing(client, event_index):
    event = EventPageFactory(parent=event_index, slug="stable-uid")
    event.save_revision().publish()
    first = Calendar.from_ical(client.get("/en/events/stable-uid/ics/").content).walk("VEVENT")[0]

    event = refetch(event)
    event.title = "A new title"
    event.start = event.start + timedelta(days=1)
    event.end = event.end + timedelta(days=1)
    event.save_revision().publish()
    second = Calendar.from_ical(client.get("/en/events/stable-uid/ics/").content).walk("VEVENT")[0]

    assert second["UID"] == first["UID"]
    assert str(second["SUMMARY"]) == "A new title"
    assert second.decoded("DTSTART") == first.decoded("DTSTART") + timedelta(days=1)
    assert second.decoded("DTSTAMP") >= first.decoded("DTSTAMP")


@pytest.mark.parametrize("path", ["/en/events/", "/en/events/study-visit-brussels/"])
def test_pages_link_their_calendars_for_feed_readers(client, db, path):
    html = client.get(path).content.decode()
    assert '<link rel="alternate" type="text/calendar"' in html
    assert 'href="/en/events/calendar/"' in html


def test_calendar_queries_do_not_grow_with_the_number_of_events(assert_queries_constant, event_index):
    def add_events(count, start):
        for _ in range(count):
            EventPageFactory(parent=event_index).save_revision().publish()

    assert_queries_constant("/en/events/calendar/", add_events, sizes=(5, 45))


@pytest.mark.parametrize(
    "path",
    ["/en/events/no-such-event/ics/", "/en/events/study-visit-brussels/ics/extra/", "/en/events/calendar/x/"],
)
def test_unknown_calendar_paths_are_not_found(client, db, path):
    assert client.get(path).status_code == 404


def test_the_calendar_leaves_out_events_that_ended_more_than_a_year_ago(client, event_index):
    now = timezone.now()
    for slug, days_ago in (("long-past", 400), ("last-spring", 200)):
        start = now - timedelta(days=days_ago)
        EventPageFactory(
            parent=event_index, slug=slug, title=slug, start=start, end=start + timedelta(hours=3)
        ).save_revision().publish()

    summaries = {
        str(v["SUMMARY"])
        for v in Calendar.from_ical(client.get("/en/events/calendar/").content).walk("VEVENT")
    }

    assert "last-spring" in summaries
    assert "long-past" not in summaries


def test_an_event_whose_status_is_not_a_known_one_stays_in_the_calendar(client, event_index):
    """A status outside the choices (written from a shell or by an old import) shows as it is, as
    on the event's own .ics, instead of taking the language's calendar down."""
    event = EventPageFactory(parent=event_index, slug="odd-status", title="Odd status")
    event.save_revision().publish()
    EventPage.objects.filter(pk=event.pk).update(status="rescheduled")

    response = client.get("/en/events/calendar/")

    assert response.status_code == 200
    summaries = {str(v["SUMMARY"]) for v in Calendar.from_ical(response.content).walk("VEVENT")}
    assert "rescheduled: Odd status" in summaries
    single = Calendar.from_ical(client.get("/en/events/odd-status/ics/").content).walk("VEVENT")
    assert {str(v["SUMMARY"]) for v in single} == {"rescheduled: Odd status"}


def test_the_language_calendar_shows_an_edited_event_as_published_and_the_others_unchanged(
    client, event_index
):
    edited = EventPageFactory(parent=event_index, slug="edited-in-calendar", title="Before the edit")
    edited.save_revision().publish()
    other = EventPageFactory(parent=event_index, slug="untouched-in-calendar", title="Left alone")
    other.save_revision().publish()
    before = Calendar.from_ical(client.get("/en/events/calendar/").content)

    edited = refetch(edited)
    edited.title = "After the edit"
    edited.save_revision().publish()
    after = Calendar.from_ical(client.get("/en/events/calendar/").content)

    def summaries(calendar):
        return {str(vevent["UID"]): str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT")}

    changed = {uid: title for uid, title in summaries(after).items() if summaries(before).get(uid) != title}
    assert list(changed.values()) == ["After the edit"]
    assert "Left alone" in summaries(after).values()
    assert str(after["X-WR-CALNAME"]) == str(before["X-WR-CALNAME"])


def test_a_full_calendar_keeps_the_upcoming_events_and_then_the_latest_past_ones(
    client, event_index, monkeypatch
):
    """More events qualify than the calendar holds: a subscriber gets every upcoming one first."""
    monkeypatch.setattr("events.models.pages.CALENDAR_MAX_EVENTS", 3)
    EventPage.objects.descendant_of(event_index).delete()  # only this test's events
    now = timezone.now()
    for slug, days in (
        ("spring", -200),
        ("summer", -100),
        ("last-month", -30),
        ("next-week", 7),
        ("autumn", 90),
    ):
        start = now + timedelta(days=days)
        EventPageFactory(
            parent=event_index, slug=slug, title=slug, start=start, end=start + timedelta(hours=3)
        ).save_revision().publish()

    calendar = Calendar.from_ical(client.get("/en/events/calendar/").content)

    assert {str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT")} == {
        "next-week",
        "autumn",
        "last-month",
    }
