""" "New in the library" RSS per language and framework, and per-topic news feeds, read by a feed parser."""

import feedparser
import pytest

from resources.models import Resource

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


@pytest.mark.parametrize("code", ["en", "sq", "cnr", "it"])
def test_each_language_has_a_new_in_the_library_feed_of_its_own_entries(client, code):
    feed = parse(client, f"/{code}/resources/feed/")
    readable = Resource.objects.filter(locale__language_code=code, live=True)

    assert feed.feed.language == code
    assert 0 < len(feed.entries) <= 20
    titles = set(readable.values_list("title", flat=True))
    assert {entry.title for entry in feed.entries} <= titles
    assert all(entry.link.startswith(f"http://testserver/{code}/resources/") for entry in feed.entries)


def test_an_untranslated_entry_is_not_in_the_albanian_feed(client):
    feed = parse(client, "/sq/resources/feed/")

    assert "Mentoring logbook for apprentices abroad" not in {entry.title for entry in feed.entries}


def test_the_feed_of_one_framework_lists_only_its_entries(client):
    feed = parse(client, "/it/resources/feed/?framework=eqavet")
    eqavet = set(
        Resource.objects.filter(
            locale__language_code="it", framework_links__framework__slug="eqavet"
        ).values_list("title", flat=True)
    )

    assert feed.entries
    assert {entry.title for entry in feed.entries} <= eqavet
    assert "EQAVET" in feed.feed.title


def test_the_feed_of_one_framework_holds_its_20_newest_entries_newest_first(client):
    from tests.factories.resources import FrameworkFactory, ResourceFactory

    framework = FrameworkFactory(slug="work-based-learning", live=True)
    other = FrameworkFactory(slug="other-framework", live=True)
    for number in range(44):
        ResourceFactory(
            title=f"Logbook {number:02}", frameworks=[framework if number % 2 else other], live=True
        )
    filed = Resource.objects.filter(
        locale__language_code="en", live=True, framework_links__framework=framework
    )

    feed = parse(client, "/en/resources/feed/?framework=work-based-learning")

    newest = filed.order_by("-created_at", "-pk").values_list("title", flat=True)[:20]
    assert [entry.title for entry in feed.entries] == list(newest)
    assert len(feed.entries) == 20  # of the framework's 22


def test_the_library_links_its_feeds_for_readers_and_subscribers(client):
    html = client.get("/sq/resources/?framework=eqavet").content.decode()

    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/sq/resources/feed/?framework=eqavet"' in html
    assert '<a href="/sq/resources/feed/">' in html


def test_a_news_feed_per_topic(client):
    from home.models import NewsPage

    tagged = NewsPage.objects.live().filter(locale__language_code="en", tagged_items__tag__slug="training")
    feed = parse(client, "/en/news/feed/?tag=training")

    assert feed.entries
    assert {entry.title for entry in feed.entries} <= set(tagged.values_list("title", flat=True))
    assert feed.feed.title.startswith("VET-WEB news: ")


def test_an_unknown_topic_gives_an_empty_feed_not_an_error(client):
    assert parse(client, "/en/news/feed/?tag=no-such-topic").entries == []


@pytest.mark.parametrize("code", ["en", "sq"])
def test_the_news_filtered_by_topic_links_that_topics_feed(client, code):
    html = client.get(f"/{code}/news/?tag=training").content.decode()

    feed_url = f"/{code}/news/feed/?tag=training"
    assert f'<a href="{feed_url}" type="application/rss+xml">' in html
    assert 'rel="alternate" type="application/rss+xml" title="' in html and f'{feed_url}">' in html
    assert parse(client, feed_url).entries
    assert "news/feed/?tag=" not in client.get(f"/{code}/news/").content.decode()
