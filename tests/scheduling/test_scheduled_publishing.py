"""Scheduled publishing happens by itself: a page or library entry an editor scheduled goes live
(or down) when its time passes, through `run_scheduler` (what `make run` starts beside the server)
or `publish_scheduled` from cron, with no visitor's request causing it; /readyz tells whether the
scheduler still runs."""

import datetime
import io

import pytest
from icalendar import Calendar

from django.core.management import call_command
from django.utils import timezone

from events.models import EventIndexPage
from home.models import NewsIndexPage
from resources.models import ResourceLibraryPage
from scheduling.models import SchedulerHeartbeat
from tests.caching.test_changes_outside_requests import cached
from tests.factories.events import EventPageFactory
from tests.factories.home import NewsPageFactory
from tests.factories.resources import ResourceFactory


@pytest.fixture(autouse=True)
def connection_kept_between_runs(monkeypatch):
    """The loop closes a connection left unusable between runs; in a test transaction (PostgreSQL)
    that would close the test's own, as Django's test client also avoids."""
    monkeypatch.setattr("scheduling.management.commands.run_scheduler.close_old_connections", lambda: None)


def run_scheduler(runs, interval=1):
    call_command("run_scheduler", interval=interval, runs=runs, stdout=io.StringIO())


@pytest.fixture
def news_index(db):
    return NewsIndexPage.objects.get(locale__language_code="en")


def shown_everywhere(client, page, news_index):
    """Where a visitor meets a news item: its page, the news listing, the feed, the sitemap, the
    site search, the API."""
    url = page.get_url()
    api = client.get("/api/v2/pages/", {"type": "home.NewsPage", "slug": page.slug})
    return {
        "page": client.get(url).status_code == 200,
        "listing": page.title in client.get(news_index.url).text,
        "feed": page.title in client.get(f"{news_index.url}feed/").text,
        "sitemap": url in client.get("/sitemap.xml").text,
        "search": url in client.get("/en/search/", {"q": page.title}).text,
        "api": api.status_code == 200 and api.json()["meta"]["total_count"] == 1,
    }


EVERYWHERE = dict.fromkeys(["page", "listing", "feed", "sitemap", "search", "api"], True)
NOWHERE = dict.fromkeys(EVERYWHERE, False)


def schedule(page, **times):
    """What the editor's "Publish" does with a go-live or expiry date set in the page's settings."""
    for name, value in times.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_a_page_scheduled_a_few_seconds_ahead_goes_live_by_itself(client, news_index):
    page = NewsPageFactory(parent=news_index, title="Scheduled call for trainers", live=False)
    schedule(page, go_live_at=timezone.now() + datetime.timedelta(seconds=2))
    run_scheduler(runs=1)
    assert shown_everywhere(client, page, news_index) == NOWHERE

    run_scheduler(runs=4)  # runs for about three seconds, as it would beside the server

    assert shown_everywhere(client, page, news_index) == EVERYWHERE


def test_a_page_whose_expiry_passes_goes_down_by_itself(client, news_index):
    page = NewsPageFactory(parent=news_index, title="Call for trainers, closing soon")
    schedule(page, expire_at=timezone.now() + datetime.timedelta(seconds=1))
    assert shown_everywhere(client, page, news_index) == EVERYWHERE

    run_scheduler(runs=3)

    assert shown_everywhere(client, page, news_index) == NOWHERE
    page.refresh_from_db()
    assert page.expired


def event_shown_everywhere(client, event):
    """Where a visitor meets an upcoming event: its page, the home page and the events page (both
    cached by the page cache, see the test), the language's calendar as a calendar app reads it,
    the sitemap, the site search, the API."""
    url = event.get_url()
    calendar = Calendar.from_ical(client.get("/en/events/calendar/").content)
    api = client.get("/api/v2/pages/", {"type": "events.EventPage", "slug": event.slug})
    return {
        "page": client.get(url).status_code == 200,
        "home": event.title in client.get("/en/").text,
        "events": event.title in client.get("/en/events/").text,
        "calendar": event.title in [str(entry["SUMMARY"]) for entry in calendar.walk("VEVENT")],
        "sitemap": url in client.get("/sitemap.xml").text,
        "search": url in client.get("/en/search/", {"q": event.title}).text,
        "api": api.status_code == 200 and api.json()["meta"]["total_count"] == 1,
    }


EVENT_PAGES_CACHED = ("/en/", "/en/events/", "/en/events/calendar/")


@pytest.mark.usefixtures("page_cache")
def test_a_scheduled_event_goes_live_and_down_everywhere_through_the_page_cache(client, db):
    """The home page, the events page and the calendar are cached for anonymous visitors: the
    scheduler's publish and expiry drop them, with no visitor's request in between."""
    events_index = EventIndexPage.objects.get(locale__language_code="en")
    event = EventPageFactory(
        parent=events_index,
        title="Quokka workshop on apprenticeships",
        start=timezone.now() + datetime.timedelta(days=1),
        live=False,
    )
    schedule(event, go_live_at=timezone.now() + datetime.timedelta(seconds=1))
    for url in EVENT_PAGES_CACHED:
        cached(client, url)
    assert event_shown_everywhere(client, event) == dict.fromkeys(
        ["page", "home", "events", "calendar", "sitemap", "search", "api"], False
    )

    run_scheduler(runs=3)

    assert all(event_shown_everywhere(client, event).values()), event_shown_everywhere(client, event)
    event.refresh_from_db()
    schedule(event, expire_at=timezone.now() + datetime.timedelta(seconds=1))
    for url in EVENT_PAGES_CACHED:
        cached(client, url)

    run_scheduler(runs=3)

    assert not any(event_shown_everywhere(client, event).values()), event_shown_everywhere(client, event)


def test_a_scheduled_library_entry_goes_live_and_down_by_itself(client, db):
    library = ResourceLibraryPage.objects.live().get(locale__language_code="en")
    entry = ResourceFactory(title="Zanzibarian apprenticeship toolkit", live=False)
    entry.go_live_at = timezone.now() + datetime.timedelta(seconds=1)
    entry.save_revision().publish()
    entry_url = f"{library.url}{entry.slug}/"
    assert client.get(entry_url).status_code == 404

    run_scheduler(runs=3)

    assert client.get(entry_url).status_code == 200
    assert entry.title in client.get(library.url, {"q": "zanzibarian"}).text

    entry.refresh_from_db()
    entry.expire_at = timezone.now()
    entry.save_revision().publish()
    call_command("publish_scheduled", stdout=io.StringIO())  # as cron runs it
    assert client.get(entry_url).status_code == 404
    assert entry.title not in client.get(library.url, {"q": "zanzibarian"}).text


def test_readiness_reports_a_running_scheduler(client, db):
    call_command("publish_scheduled", stdout=io.StringIO())  # cron, or one turn of run_scheduler

    response = client.get("/readyz")

    assert response.json()["scheduler"] == "ok"
    assert response.status_code == 200


def test_readiness_reports_a_scheduler_silent_for_ten_minutes(client, db):
    SchedulerHeartbeat.objects.create(pk=1, last_run=timezone.now() - datetime.timedelta(minutes=11))

    response = client.get("/readyz")

    assert response.json()["scheduler"].startswith("not running (last run: ")
    # Reported for a monitor; the server itself can still serve visitors.
    assert response.status_code == 200


def test_readiness_reports_a_scheduler_that_never_ran(client, db):
    assert client.get("/readyz").json()["scheduler"] == "not running (last run: never)"


def test_a_dry_run_is_no_heartbeat(db):
    call_command("publish_scheduled", dryrun=True, stdout=io.StringIO())
    assert not SchedulerHeartbeat.objects.exists()
