"""Editing events in the Wagtail admin: clear refusals, and times read in the event's own zone."""

from datetime import UTC, datetime

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.models import EventPage


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "x"))
    return client


def form_data(page, **changes):
    values = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "event_type": page.event_type,
        "time_zone": page.time_zone,
        "start": "2027-01-20 15:00",
        "end": "2027-01-20 16:30",
        "venue": page.venue,
        "city": page.city,
        "country": page.country,
        "online_url": page.online_url,
        "registration_url": "",
        "registration_deadline": "",
        "work_package": "",
        "programme": streamfield([]),
        "documents": inline_formset([]),
        "news_links": inline_formset([]),
        "status": "scheduled",
        "status_note": "",
        "calendar_days": "sessions",
        "outcomes": streamfield([]),
        "photos": inline_formset([]),
        "participants": inline_formset([]),
        "comments": inline_formset([]),
        **changes,
    }
    return nested_form_data(values)


@pytest.fixture
def webinar(db):
    return EventPage.objects.get(locale__language_code="en", slug="europass-esco-webinar")


def test_editor_cannot_save_an_event_that_ends_before_it_starts(editor_client, webinar):
    url = reverse("wagtailadmin_pages:edit", args=[webinar.pk])
    response = editor_client.post(url, form_data(webinar, start="2027-01-20 15:00", end="2027-01-20 14:00"))
    assert response.status_code == 200
    assert "The event cannot end before it starts" in response.content.decode()
    assert EventPage.objects.get(pk=webinar.pk).end == webinar.end


def test_editor_types_times_as_local_time_at_the_event(editor_client, webinar):
    url = reverse("wagtailadmin_pages:edit", args=[webinar.pk])
    data = form_data(webinar, time_zone="Europe/London", start="2027-01-20 15:00", end="2027-01-20 16:30")
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    revision = EventPage.objects.get(pk=webinar.pk).get_latest_revision_as_object()
    assert revision.start == datetime(2027, 1, 20, 15, 0, tzinfo=UTC)
    assert revision.end == datetime(2027, 1, 20, 16, 30, tzinfo=UTC)


def test_edit_form_shows_times_in_the_events_zone(editor_client, webinar):
    # 15:00 UTC is 16:00 for an editor in Rome, but 15:00 at a London venue in January.
    webinar.time_zone = "Europe/London"
    webinar.start = datetime(2027, 1, 20, 15, 0, tzinfo=UTC)
    webinar.end = datetime(2027, 1, 20, 16, 0, tzinfo=UTC)
    webinar.save_revision()
    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[webinar.pk])).content.decode()
    assert 'value="2027-01-20 15:00"' in html
