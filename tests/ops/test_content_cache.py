"""What is kept per content generation (ops/content_cache.py) is never staler than the content:
the edit that changes a page drops it at once."""

import pytest

from wagtail.models import PageViewRestriction

from home.models import NewsPage

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
