"""What is kept per content generation (ops/content_cache.py) is never staler than the content:
the edit that changes a page drops it at once."""

import pytest

from django.core.cache import cache

from wagtail.models import Page, PageViewRestriction

from events.models import EventIndexPage
from home.models import NewsPage, StandardPage
from ops import page_cache
from search.models import SearchQueryLog
from tests.factories.events import EventPageFactory

pytestmark = pytest.mark.django_db


def test_a_news_item_made_private_leaves_the_listing_at_once(client):
    article = (
        NewsPage.objects.live()
        .filter(locale__language_code="en", alias_of__isnull=True)
        .order_by("-date", "-pk")
        .first()
    )
    assert article.title in client.get("/en/news/").content.decode()  # the private sections are now kept

    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)

    assert article.title not in client.get("/en/news/").content.decode()


@pytest.fixture
def tree_walks(monkeypatch):
    """The paths Wagtail walked down the page tree for (not the ones answered from a kept route)."""
    calls = []
    original = Page.route_for_request

    def counted(request, path):
        if not hasattr(request, "_wagtail_route_for_request"):
            calls.append(path)
        return original(request, path)

    monkeypatch.setattr(Page, "route_for_request", staticmethod(counted))
    return calls


def test_a_page_made_private_asks_for_sign_in_although_its_route_was_kept(client):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    assert client.get("/en/about/").status_code == 200  # route and restrictions now kept

    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/en/about/")
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_page_is_found_by_its_path_once_per_generation(client, tree_walks):
    calls = tree_walks
    assert client.get("/en/about/").status_code == 200
    assert client.get("/en/about/").status_code == 200
    assert calls == ["about/"]
    # A sub-page of a RoutablePage (the event's calendar file) comes from the kept route too.
    ics = client.get("/en/events/training-days-podgorica/ics/")
    again = client.get("/en/events/training-days-podgorica/ics/")
    assert ics.status_code == again.status_code == 200
    assert again["Content-Type"].startswith("text/calendar")
    assert again.content == ics.content
    assert calls.count("events/training-days-podgorica/ics/") == 1


def test_an_address_that_leads_nowhere_is_not_remembered(client, tree_walks):
    calls = tree_walks
    for _ in range(2):
        assert client.get("/en/no-such-page-anywhere/").status_code == 404
    assert calls == ["no-such-page-anywhere/", "no-such-page-anywhere/"]


def test_a_renamed_footer_page_shows_in_every_footer_at_once(client):
    assert "Privacy notice, renamed" not in client.get("/en/about/").content.decode()
    privacy = StandardPage.objects.get(slug="privacy", locale__language_code="en")
    privacy.title = "Privacy notice, renamed"
    privacy.save_revision().publish()
    footer = client.get("/en/about/").content.decode().split('class="site-footer"')[1]
    assert "Privacy notice, renamed" in footer


def test_a_new_event_card_shows_at_once_on_the_events_page(client):
    event_index = EventIndexPage.objects.get(locale__language_code="en")
    client.get("/en/events/")
    event = EventPageFactory(
        parent=event_index, slug="kept-cards-new-event", title="A freshly added workshop"
    )
    event.save_revision().publish()
    assert "A freshly added workshop" in client.get("/en/events/").content.decode()


def test_a_repeated_search_is_counted_each_time(client):
    for _ in range(3):
        client.get("/en/search/?q=europass", HTTP_USER_AGENT="Mozilla/5.0 (trainer's phone)")
    assert SearchQueryLog.objects.get(language_code="en", query="europass").searches == 3


def test_a_lost_generation_counter_starts_past_every_earlier_generation():
    before = page_cache.generation()
    page_cache.invalidate()
    cache.delete(page_cache.GENERATION_KEY)  # evicted, while fragments of old generations remain
    assert page_cache.generation() > before + 1


@pytest.mark.parametrize(
    "url",
    [
        "/en/news/",
        "/en/news/?page=2",
        "/sq/news/",
        "/en/events/",
        "/it/events/",
        "/en/resources/",
        "/cnr/resources/?sort=title",
        "/en/work-packages/",
        "/sq/news/feed/?tag=training",
        "/sq/resources/feed/?framework=eqavet",
    ],
)
def test_a_listing_seen_before_in_this_generation_asks_the_database_nothing(
    client, url, django_assert_num_queries
):
    """Its ordered ids, count, cards and pack size (a feed's XML) are kept: no COUNT or sort over
    every item, which grew with the content."""
    client.get(url)
    with django_assert_num_queries(0):
        assert client.get(url).status_code == 200


def test_a_new_news_item_is_counted_and_listed_at_once(client):
    index_page = NewsPage.objects.filter(locale__language_code="en").first().get_parent()
    before = client.get("/en/news/").context["page_obj"].paginator.count

    article = NewsPage(title="Fresh from the workshop", summary="New.", locale=index_page.locale)
    index_page.add_child(instance=article)
    article.save_revision().publish()

    response = client.get("/en/news/")
    assert response.context["page_obj"].paginator.count == before + 1
    assert "Fresh from the workshop" in response.content.decode()
