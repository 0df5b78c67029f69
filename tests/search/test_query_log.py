"""Queries are counted per language and day, without personal data, and reported to editors."""

import pytest

from django.urls import reverse

from search.models import SearchQueryLog

pytestmark = pytest.mark.django_db


def test_searches_are_counted_per_language_and_day_with_their_result_count(client):
    client.get("/sq/search/", {"q": "Cilësi"})
    client.get("/sq/search/", {"q": "cilesi"})
    client.get("/en/search/", {"q": "cilesi"})

    albanian = SearchQueryLog.objects.get(language_code="sq", query="cilesi")
    assert albanian.searches == 2
    assert SearchQueryLog.objects.get(language_code="en", query="cilesi").searches == 1


def test_the_log_holds_no_personal_data(client):
    client.get("/it/search/", {"q": "qualità"}, REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Bot/1.0")

    fields = {field.name for field in SearchQueryLog._meta.get_fields()}
    assert fields == {"id", "language_code", "date", "query", "searches", "results"}
    assert "203.0.113.7" not in str(list(SearchQueryLog.objects.values()))


def test_paging_and_kind_filters_are_not_counted_again(client):
    client.get("/en/search/", {"q": "project"})
    client.get("/en/search/", {"q": "project", "page": "2"})
    client.get("/en/search/", {"q": "project", "kind": "pages"})

    assert SearchQueryLog.objects.get(language_code="en", query="project").searches == 1


def test_long_queries_are_capped_and_empty_ones_not_logged(client):
    client.get("/en/search/", {"q": "x" * 5000})
    client.get("/en/search/", {"q": "   "})

    assert [len(query) for query in SearchQueryLog.objects.values_list("query", flat=True)] == [200]


def test_coordinators_see_what_found_nothing_and_export_it(client, coordinator):
    SearchQueryLog.record("sq", "nje fjale qe mungon", 0)
    SearchQueryLog.record("sq", "projekti", 3)
    client.force_login(coordinator)

    zero = client.get(reverse("search_queries_report"), {"nothing_found": "true", "language_code": "sq"})
    export = client.get(reverse("search_queries_report"), {"export": "csv"})

    assert "nje fjale qe mungon" in zero.content.decode()
    assert "projekti" not in zero.content.decode()
    csv = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "nje fjale qe mungon,sq,1,0" in csv


def test_every_search_is_counted_with_the_page_cache_on(client, page_cache, settings):
    for _ in range(10):
        client.get("/en/search/", {"q": "mobility"})
    fresh = client.get("/en/search/", {"q": "mobility"})
    assert "X-Page-Cache" not in fresh  # never stored: each search reaches the view
    client.get("/en/search/", {"q": "mobility"}, HTTP_USER_AGENT="Googlebot/2.1")  # a bot, cached or not
    client.get("/en/search/", {"q": "mobility", "page": "2"})  # paging is not a new search
    settings.PAGE_CACHE_SECONDS = 0
    for _ in range(10):
        client.get("/en/search/", {"q": "training"})

    assert SearchQueryLog.objects.get(language_code="en", query="mobility").searches == 11
    assert SearchQueryLog.objects.get(language_code="en", query="training").searches == 10
