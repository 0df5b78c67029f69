"""The home page as the project's front door: the offer, the library, news, events and progress."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import EventIndexPage
from home.models import HomePage, NewsIndexPage
from tests.conftest import LANGUAGES, refetch
from tests.factories.events import EventPageFactory
from tests.factories.home import NewsPageFactory


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_leads_into_library_news_events_and_progress(client, db, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    context = response.context
    assert context["latest_news"], "the newest news items are listed"
    assert len(context["latest_news"]) <= HomePage.latest_news_count
    assert context["work_packages"], "every work package shows its progress"
    html = response.content.decode()
    assert html.count("<h1") == 1
    library_url = f"/{code}/resources/"
    assert f'action="{library_url}"' in html, "a search box into the visitor's own library"
    assert f'href="{library_url}?framework=' in html, "frameworks as links to the filtered library"
    assert 'id="upcoming-heading"' in html


def test_headline_is_the_heading_and_the_browser_title(client, home_page):
    page = refetch(home_page)
    page.headline = "EU tools for vocational training, in your language"
    page.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert "<h1>EU tools for vocational training, in your language</h1>" in html
    assert "<title>EU tools for vocational training, in your language · VET-WEB</title>" in html
    assert "VET-WEB · VET-WEB" not in html


def test_latest_news_are_the_newest_live_items(client, home_page):
    index_page = NewsIndexPage.objects.child_of(home_page).get()
    newest = NewsPageFactory(parent=index_page, title="Newest item", date=datetime.date(2099, 1, 1))
    newest.save_revision().publish()
    draft = NewsPageFactory(parent=index_page, title="Draft item", date=datetime.date(2099, 2, 1), live=False)
    response = client.get("/en/")
    titles = [item.title for item in response.context["latest_news"]]
    assert titles[0] == "Newest item"
    assert draft.title not in titles


def test_upcoming_events_are_the_next_ones(client, home_page):
    index_page = EventIndexPage.objects.child_of(home_page).get()
    soon = timezone.now() + datetime.timedelta(hours=1)
    event = EventPageFactory(parent=index_page, slug="very-soon", title="Very soon", start=soon)
    event.save_revision().publish()
    html = client.get("/en/").content.decode()
    upcoming = html.split('id="upcoming-heading"', 1)[1].split("</section>", 1)[0]
    assert "Very soon" in upcoming


def test_home_page_queries_do_not_grow_with_news(client, home_page):
    index_page = NewsIndexPage.objects.child_of(home_page).get()

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/").status_code == 200
        return len(queries)

    count()  # warm the per-process caches
    before = count()
    for n in range(20):
        NewsPageFactory(parent=index_page, slug=f"more-news-{n}").save_revision().publish()
    count()  # publishing starts a new content generation: warm what is kept per generation again
    assert count() == before
