"""Share links on news, events and library entries: plain links with the page's own absolute URL."""

import re
from urllib.parse import quote

import pytest

from events.models import EventPage
from home.models import NewsPage
from resources.models import Resource
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db


def news_url(language):
    return NewsPage.objects.live().filter(locale__language_code=language, alias_of__isnull=True).first().url


def event_url(language):
    return EventPage.objects.live().filter(locale__language_code=language, alias_of__isnull=True).first().url


def resource_url(language):
    slug = (
        Resource.objects.filter(locale__language_code=language, live=True)
        .values_list("slug", flat=True)
        .first()
    )
    return f"/{language}/resources/{slug}/"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("url_of", [news_url, event_url, resource_url], ids=["news", "event", "resource"])
def test_news_events_and_resources_offer_plain_share_links_to_themselves(client, language, url_of):
    path = url_of(language)

    html = client.get(path + "?utm_source=x", follow=True).content.decode()

    block = html.split('<div class="share-links">', 1)[1].split("</div>", 1)[0]
    encoded = quote(f"http://testserver{path}", safe="")
    links = re.findall(r'<a href="([^"]+)"', block)
    assert len(links) == 5
    assert links[0].startswith("mailto:?subject=")
    assert all(encoded in link for link in links)  # the page's own URL, without the query string
    assert "<script" not in block and "<img" not in block and "<iframe" not in block


def test_other_pages_have_no_share_links(client):
    assert 'class="share-links"' not in client.get("/en/").content.decode()
