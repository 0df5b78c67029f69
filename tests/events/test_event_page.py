"""An event page: its times in its own zone, in the visitor's language, and its outputs afterwards."""

import json
import re
from datetime import UTC, datetime, timedelta

import pytest

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents.models import Document

from demo.data import content
from events.models import EventDocument, EventPage
from home.models import WorkPackagePage
from tests.conftest import LANGUAGES, refetch
from tests.factories.events import EventPageFactory

SLUGS = [spec["slug"] for spec in content("events")["events"]]


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("slug", SLUGS)
def test_every_seeded_event_renders_in_every_language(client, db, code, slug):
    event = EventPage.objects.live().get(locale__language_code=code, slug=slug)
    response = client.get(f"/{code}/events/{slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert f"<h1>{event.title}</h1>" in html
    assert f'<article lang="{code}" class="event">' in html
    assert "nuk është përkthyer" not in html


def test_albanian_page_names_the_month_in_albanian(client, db):
    html = client.get("/sq/events/mobility-friuli-venezia-giulia/").content.decode()
    assert re.search(r"0?4 [Qq]ershor 2024", html)
    assert "June" not in html


def test_times_are_shown_in_the_events_own_time_zone(client, event_index, settings):
    # 14:00 UTC is 15:00 in Tirana in winter, whatever the site's default zone is.
    start = datetime(2031, 2, 3, 14, 0, tzinfo=UTC)
    event = EventPageFactory(parent=event_index, slug="tirana-zone", time_zone="Europe/Tirane", start=start)
    event.save_revision().publish()
    html = client.get("/en/events/tirana-zone/").content.decode()
    assert '<time datetime="2031-02-03T15:00:00+01:00">' in html
    assert "time in Tirana" in html
    assert "Europe/Tirane" not in html


def test_ended_event_says_so_and_shows_its_documents_as_outputs(client, event_index, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = Document.objects.create(
        title="Mobility report", file=ContentFile(b"%PDF-1.4\n", name="report.pdf")
    )
    now = timezone.now()
    event = EventPageFactory(parent=event_index, slug="ended", start=now - timedelta(days=3))
    event.documents.add(EventDocument(document=document, label="What we learnt"))
    event.save_revision().publish()

    html = client.get("/en/events/ended/").content.decode()
    assert "This event has ended." in html
    outputs = html.split('id="outputs"')[1]
    assert outputs.startswith(">Slides and documents</h2>")
    assert "What we learnt" in outputs
    assert document.url in outputs


def test_upcoming_event_offers_registration_and_calendar(client, db):
    html = client.get("/en/events/vet-network-meeting-podgorica/").content.decode()
    assert "This event has ended." not in html
    assert 'href="https://example.org/vet-web/register/network-meeting-2027"' in html
    assert "Registration closes on" in html
    assert 'href="/en/events/vet-network-meeting-podgorica/ics/" download' in html


def test_registration_is_closed_after_the_deadline(client, event_index):
    now = timezone.now()
    event = EventPageFactory(
        parent=event_index,
        slug="closed-registration",
        start=now + timedelta(days=5),
        registration_url="https://example.org/register",
        registration_deadline=now - timedelta(days=1),
    )
    event.save_revision().publish()
    html = client.get("/en/events/closed-registration/").content.decode()
    assert "Registration is closed." in html
    assert 'href="https://example.org/register"' not in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_event_page_carries_schema_org_event_data(client, db, code):
    html = client.get(f"/{code}/events/vet-network-meeting-podgorica/").content.decode()
    data = json_ld(html)
    event = EventPage.objects.get(locale__language_code=code, slug="vet-network-meeting-podgorica")
    assert data["@type"] == "Event"
    assert data["name"] == event.title
    assert data["startDate"] == "2027-03-11T10:00:00+01:00"
    assert data["endDate"] == "2027-03-11T15:30:00+01:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert {location["@type"] for location in data["location"]} == {"Place", "VirtualLocation"}
    assert data["inLanguage"] == code
    assert data["url"] == f"http://testserver/{code}/events/vet-network-meeting-podgorica/"


def test_json_ld_cannot_close_its_script_element(client, event_index):
    event = EventPageFactory(parent=event_index, slug="sneaky", title="</script><script>alert(1)</script>")
    event.save_revision().publish()
    html = client.get("/en/events/sneaky/").content.decode()
    assert json_ld(html)["name"] == "</script><script>alert(1)</script>"
    assert "<script>alert(1)" not in html


def test_end_before_start_is_refused_with_a_message_on_the_end_field(event_index):
    start = timezone.now() + timedelta(days=10)
    event = EventPageFactory.build(start=start, end=start - timedelta(hours=1))
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "cannot end before it starts" in str(error.value.message_dict["end"])


def test_registration_deadline_after_start_is_refused(event_index):
    start = timezone.now() + timedelta(days=10)
    event = EventPageFactory.build(start=start, registration_deadline=start + timedelta(days=1))
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "registration_deadline" in error.value.message_dict


def test_an_event_needs_a_place_or_an_online_link(event_index):
    event = EventPageFactory.build(city="", online_url="")
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "city" in error.value.message_dict


def test_document_labels_can_be_translated_with_the_page(
    client, event_index, locales, run_on_commit, settings, tmp_path
):
    from wagtail_localize.models import TranslationSource

    settings.MEDIA_ROOT = tmp_path
    document = Document.objects.create(title="Agenda", file=ContentFile(b"%PDF-1.4\n", name="agenda.pdf"))
    event = EventPageFactory(parent=event_index, slug="with-agenda")
    event.documents.add(EventDocument(document=document, label="Agenda of the day"))
    event.save_revision().publish()
    event = refetch(event)
    source, _created = TranslationSource.get_or_create_from_instance(event)
    source.create_or_update_translation(locales["it"], fallback=True)

    translated = EventPage.objects.get(translation_key=event.translation_key, locale=locales["it"])
    [item] = translated.documents.all()
    assert item.locale_id == locales["it"].pk
    assert item.document_id == document.pk


def test_event_page_queries_do_not_grow_with_the_number_of_documents(
    assert_queries_constant, client, event_index, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    event = EventPageFactory(parent=event_index, slug="many-documents")
    event.save_revision().publish()

    def add_documents(n, start):
        page = refetch(event)
        for i in range(start, start + n):
            document = Document.objects.create(
                title=f"Doc {i}", file=ContentFile(b"%PDF-1.4\n", name=f"d{i}.pdf")
            )
            page.documents.add(EventDocument(document=document))
        page.save_revision().publish()

    [response] = assert_queries_constant("/en/events/many-documents/", add_documents, sizes=(1, 20))
    assert response.content.decode().count("/documents/") >= 20


def test_ended_event_lists_linked_news_in_the_visitors_language(
    client, event_index, locales, django_capture_on_commit_callbacks
):
    from wagtail.models import Page

    from demo.engine import translate
    from events.models import EventNewsLink

    about = Page.objects.get(locale=locales["en"], slug="about")
    event = EventPageFactory(parent=event_index, slug="with-news", start=timezone.now() - timedelta(days=2))
    event.news_links.add(EventNewsLink(news=about))
    event.save_revision().publish()
    event = refetch(event)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translate(
            event, locales["sq"], {}, untranslated={event.title, event.intro, event.city, event.country}
        )

    english = client.get("/en/events/with-news/").content.decode().split('id="outputs"')[1]
    assert 'href="/en/about/"' in english
    albanian = client.get("/sq/events/with-news/").content.decode().split('id="outputs"')[1]
    assert 'href="/sq/about/"' in albanian
    assert "Lajme për këtë ngjarje" in albanian


def test_event_links_its_work_package_in_the_visitors_language(client, locales):
    work_package = WorkPackagePage.objects.get(locale=locales["en"], slug="management")
    EventPage.objects.filter(slug="study-visit-brussels").update(work_package=work_package)
    html = client.get("/sq/events/study-visit-brussels/").content.decode()
    assert 'href="/sq/work-packages/management/"' in html
    assert "Paketa e punës" in html


def test_event_page_names_the_time_zone_by_its_city_in_the_visitors_language(client, event_indexes):
    event = EventPageFactory(parent=event_indexes["sq"], slug="ne-tirane", time_zone="Europe/Tirane")
    event.save_revision().publish()
    html = client.get("/sq/events/ne-tirane/").content.decode()
    assert "ora sipas Tiranës" in html
    assert "Europe/Tirane" not in html


def test_open_registration_is_a_button_beside_calendar_links(client, event_index):
    event = EventPageFactory(
        parent=event_index, slug="with-registration", registration_url="https://example.org/register"
    )
    event.save_revision().publish()
    html = client.get("/en/events/with-registration/").content.decode()
    actions = html.split('class="event-actions"', 1)[1].split("</div>", 1)[0]
    assert 'class="button button--large" href="https://example.org/register"' in actions
    assert 'href="/en/events/with-registration/ics/" download' in actions
    assert 'href="webcal://testserver/en/events/calendar/"' in actions


def test_ended_event_offers_no_registration(client, event_index):
    start = timezone.now() - timedelta(days=3)
    event = EventPageFactory(
        parent=event_index, slug="long-gone", start=start, registration_url="https://example.org/register"
    )
    event.save_revision().publish()
    html = client.get("/en/events/long-gone/").content.decode()
    assert "https://example.org/register" not in html
    assert 'class="event-actions"' not in html
