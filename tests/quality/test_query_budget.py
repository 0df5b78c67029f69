"""The query budget of every public page type (README "Performance"): at most 15 database queries
per page in every language, and the same number with many more items.

The half of `make bench` that does not depend on the machine. URLs come from demo/public_urls.py,
so a new page type is covered as soon as the demo has a page of it. Counted on a warm process (the
second request), as the site serves them: what is kept per content generation is warm.
"""

import pytest

from demo.fill import fill_site
from demo.public_urls import all_public_urls, public_urls
from events.models import EventPage
from home.models import NewsPage
from resources.models import Resource
from tests.conftest import query_counts

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15
ADDED_ITEMS = 40


def test_every_public_page_type_costs_at_most_15_queries_in_every_language(client):
    targets = all_public_urls(include_missing=False)
    counts, _responses = query_counts(client, [target.url for target in targets])

    over = {str(target): count for target, count in zip(targets, counts, strict=True) if count > MAX_QUERIES}
    assert not over, f"over {MAX_QUERIES} queries: {over}"


def test_query_counts_stay_the_same_with_many_more_news_events_and_resources(assert_queries_constant):
    urls = [target.url for target in public_urls("en", include_missing=False)]
    # fill_site tops every item model up to one number: start from the largest, so each grows.
    largest = max(
        NewsPage.objects.filter(locale__language_code="en").count(),
        EventPage.objects.filter(locale__language_code="en").count(),
        Resource.objects.count(),
    )

    def add_items(count, _start):
        if count:
            fill_site(largest + count, lambda message: None)

    assert_queries_constant(urls, add_items, sizes=(0, ADDED_ITEMS))
