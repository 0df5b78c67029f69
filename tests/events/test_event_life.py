"""The whole life of an event: its status (cancelled, postponed, moved online) on its page, on
cards, in calendars and in schema.org data; multi-day events in calendars; its report afterwards."""

import io
import json
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar
from PIL import Image as PILImage

from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.html import escape

from wagtail.images import get_image_model

from demo import data
from events.models import EventPage, EventParticipants, EventPhoto
from tests.conftest import LANGUAGES, refetch
from tests.factories.events import EventPageFactory

CANCELLED = "digcomp-webinar"
REPORTED = "mobility-friuli-venezia-giulia"


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def vevents(response):
    assert response.status_code == 200
    return Calendar.from_ical(response.content).walk("VEVENT")


def with_status(event_index, status, slug, **fields):
    event = EventPageFactory(
        parent=event_index, slug=slug, status=status, online_url="https://meet.example.org/x", **fields
    )
    event.save_revision().publish()
    return event


@pytest.mark.parametrize("code", LANGUAGES)
def test_cancelled_event_says_so_in_every_language(client, db, code):
    html = client.get(f"/{code}/events/{CANCELLED}/").content.decode()
    note = data.in_language("Its topic is now part of the conference in Tirana in May.", code)
    status = html.split('class="notice notice--event-status"')[1].split("</div>")[0]
    assert "event-status--cancelled" in status
    assert note in status
    assert "Register" not in html
    assert json_ld(html)["eventStatus"] == "https://schema.org/EventCancelled"


@pytest.mark.parametrize("code", LANGUAGES)
def test_cancelled_event_is_marked_on_the_events_page(client, db, code):
    html = client.get(f"/{code}/events/").content.decode()
    card = html.split(f"/{code}/events/{CANCELLED}/")[1].split("</article>")[0]
    assert "event-status--cancelled" in card


@pytest.mark.parametrize("code", LANGUAGES)
def test_cancelled_event_is_cancelled_in_calendars(client, db, code):
    for url in (f"/{code}/events/{CANCELLED}/ics/", f"/{code}/events/calendar/"):
        found = [v for v in vevents(client.get(url)) if f"/{CANCELLED}/" in str(v["URL"])]
        assert len(found) == 1, url
        assert found[0]["STATUS"] == "CANCELLED"
        assert found[0]["TRANSP"] == "TRANSPARENT"
        assert str(found[0]["SUMMARY"]).endswith(data.in_language("Webinar: DigComp for trainers", code))
        assert str(found[0]["SUMMARY"]) != data.in_language("Webinar: DigComp for trainers", code)


@pytest.mark.parametrize(
    ("status", "calendar_status", "schema_status"),
    [
        ("scheduled", "CONFIRMED", "EventScheduled"),
        ("postponed", "TENTATIVE", "EventPostponed"),
        ("moved_online", "CONFIRMED", "EventMovedOnline"),
        ("cancelled", "CANCELLED", "EventCancelled"),
    ],
)
def test_each_status_reaches_calendars_and_schema_org(
    client, event_index, status, calendar_status, schema_status
):
    with_status(event_index, status, f"status-{status}")
    html = client.get(f"/en/events/status-{status}/").content.decode()
    data_ld = json_ld(html)
    assert data_ld["eventStatus"] == f"https://schema.org/{schema_status}"
    [vevent] = vevents(client.get(f"/en/events/status-{status}/ics/"))
    assert vevent["STATUS"] == calendar_status
    if status == "moved_online":
        assert data_ld["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
        assert data_ld["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/x"}
        assert str(vevent["LOCATION"]) == "https://meet.example.org/x"
    if status == "scheduled":
        assert "notice--event-status" not in html
    else:
        assert "notice--event-status" in html


def test_postponed_event_closes_registration(client, event_index):
    with_status(event_index, "postponed", "postponed-event", registration_url="https://example.org/r")
    html = client.get("/en/events/postponed-event/").content.decode()
    assert 'href="https://example.org/r"' not in html
    assert "The new dates will be announced here" in html


def test_an_event_moved_online_needs_its_link(event_index):
    from django.core.exceptions import ValidationError

    event = EventPageFactory.build(status="moved_online", online_url="")
    with pytest.raises(ValidationError) as refused:
        event.clean()
    assert "online_url" in refused.value.message_dict


def test_multi_day_event_is_one_calendar_entry_per_day_at_its_hours(client, db):
    # Podgorica, 19-21 September 2023, 09:30-16:00 local time (UTC+2).
    entries = vevents(client.get("/en/events/training-days-podgorica/ics/"))
    assert [v.decoded("DTSTART") for v in entries] == [
        datetime(2023, 9, day, 7, 30, tzinfo=UTC) for day in (19, 20, 21)
    ]
    assert [v.decoded("DTEND") for v in entries] == [
        datetime(2023, 9, day, 14, 0, tzinfo=UTC) for day in (19, 20, 21)
    ]
    assert len({str(v["UID"]) for v in entries}) == 3
    assert str(entries[1]["SUMMARY"]).endswith("(2/3)")


def test_multi_day_event_can_be_whole_days(client, db):
    # Barcelona, 14-18 October 2024, seeded as whole days: DATE values, DTEND the day after.
    [entry] = vevents(client.get("/en/events/final-stage-barcelona/ics/"))
    assert entry.decoded("DTSTART") == date(2024, 10, 14)
    assert entry.decoded("DTEND") == date(2024, 10, 19)
    assert (
        "DTSTART;VALUE=DATE:20241014" in client.get("/en/events/final-stage-barcelona/ics/").content.decode()
    )


def test_overnight_hours_fall_back_to_whole_days(client, event_index):
    start = timezone.now().replace(hour=18, minute=0, second=0, microsecond=0) + timedelta(days=10)
    EventPageFactory(
        parent=event_index, slug="overnight", start=start, end=start + timedelta(hours=40)
    ).save_revision().publish()
    [entry] = vevents(client.get("/en/events/overnight/ics/"))
    assert isinstance(entry.decoded("DTSTART"), date)
    assert not isinstance(entry.decoded("DTSTART"), datetime)


@pytest.mark.parametrize("code", LANGUAGES)
def test_events_page_offers_a_webcal_subscription(client, db, code):
    html = client.get(f"/{code}/events/").content.decode()
    assert f'href="webcal://testserver/{code}/events/calendar/"' in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_past_event_page_is_its_report(client, db, code):
    html = client.get(f"/{code}/events/{REPORTED}/").content.decode()
    outcome = data.in_language(
        "Each organisation chose one tool from the library to try out at home: most chose the "
        "EQAVET quality cycle and the Europass profile.",
        code,
    )
    assert escape(outcome) in html
    photos = html.split('id="photos"')[1].split("</section>")[0]
    images = re.findall(r"<img [^>]*>", photos)
    assert len(images) == 2
    alt = data.in_language(
        "Participants gather around a workbench during a visit to a company that trains apprentices.", code
    )
    assert any(f'alt="{escape(alt)}"' in image for image in images)
    for image in images:
        assert 'loading="lazy"' in image
        assert re.search(r'srcset="[^"]+\.webp 400w, [^"]+\.webp 800w"', image), image
        assert "sizes=" in image
    table = html.split('id="participants"')[1].split("</section>")[0]
    assert "<caption" in table
    assert re.search(r">\s*6\s*<", table) and re.search(r">\s*8\s*<", table)
    assert re.search(r">\s*14\s*<", table), "the total"
    slides = data.in_language("Slides: what we saw in Friuli Venezia Giulia", code)
    assert escape(slides) in html.split('id="outputs"')[1]


def test_report_photo_alt_text_defaults_to_the_images_description(client, event_index):
    reported = EventPage.objects.get(locale__language_code="en", slug=REPORTED)
    image = reported.photos.first().image
    event = EventPageFactory(
        parent=event_index, slug="photo-default-alt", start=timezone.now() - timedelta(days=3)
    )
    event.end = event.start + timedelta(hours=2)
    event.photos.add(EventPhoto(image=image))
    event.save_revision().publish()
    html = client.get("/en/events/photo-default-alt/").content.decode()
    assert f'alt="{image.description}"' in html


def test_report_still_opens_when_a_photos_file_is_lost(client, event_index):
    """A database restored without its media, say: the report renders, the lost photo as Wagtail's
    placeholder, instead of a server error."""
    image = get_image_model()(title="Lost workshop photo")
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 600), (0, 51, 153)).save(buffer, "PNG")
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="lost-workshop.png")
    image.save()
    image.file.storage.delete(image.file.name)
    past = timezone.now() - timedelta(days=3)
    event = EventPageFactory(parent=event_index, slug="lost-photo", start=past, end=past + timedelta(hours=2))
    event.photos.add(EventPhoto(image=image, alt_text="Trainers at the workbench"))
    event.save_revision().publish()
    response = client.get("/en/events/lost-photo/")
    assert response.status_code == 200
    assert 'alt="Trainers at the workbench"' in response.content.decode()


def test_upcoming_or_cancelled_event_shows_no_report(client, event_index):
    past = timezone.now() - timedelta(days=3)
    event = EventPageFactory(
        parent=event_index,
        slug="cancelled-past",
        status="cancelled",
        start=past,
        end=past + timedelta(hours=2),
    )
    event.participants.add(EventParticipants(country="AL", count=5))
    event.save_revision().publish()
    html = client.get("/en/events/cancelled-past/").content.decode()
    assert 'id="participants"' not in html
    assert "This event has ended" not in html


def test_report_queries_do_not_grow_with_photos_and_countries(assert_queries_constant, event_index):
    reported = EventPage.objects.get(locale__language_code="en", slug=REPORTED)
    image = reported.photos.first().image
    past = timezone.now() - timedelta(days=5)
    event = EventPageFactory(parent=event_index, slug="big-report", start=past, end=past + timedelta(hours=3))
    event.save_revision().publish()

    def add(count, start):
        page = refetch(event)
        for n in range(count):
            page.photos.add(EventPhoto(image=image, alt_text=f"Photo {start + n}"))
            page.participants.add(EventParticipants(country="ME", count=start + n + 1))
        page.save_revision().publish()

    [response] = assert_queries_constant("/en/events/big-report/", add, sizes=(1, 12))
    assert response.content.decode().count('alt="Photo ') == 12
