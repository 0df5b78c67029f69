"""One search costs a bounded amount: a capped number of distinct words, and a bounded number of
database queries for the English hint of a translated language's no-results page."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.engine import analyse

pytestmark = pytest.mark.django_db


def test_only_the_first_distinct_words_are_searched(settings):
    settings.SEARCH_MAX_WORDS = 10
    words = analyse(" ".join("bcdefghjklmnopqrstuvwxyz" * 4), "en")
    assert [folded for folded, _keys in words] == list("bcdefghjkl")
    assert [folded for folded, _keys in analyse("quality QUALITY Quality assurance", "en")] == [
        "quality",
        "assurance",
    ]


def test_a_hundred_one_letter_words_still_give_a_page(client):
    response = client.get("/en/search/", {"q": " ".join("abcdefghijklmnopqrstuvwxy" * 4)})
    assert response.status_code == 200
    assert len(response.context["search_query"].split()) == 100


def test_the_english_hint_costs_a_few_queries(client, make_page):
    make_page("en", title="Zebrafinch observation guide", body_text="Zebrafinch notes for trainers.")

    with CaptureQueriesContext(connection) as hint:
        page = client.get("/sq/search/", {"q": "zebrafinch"})
    with CaptureQueriesContext(connection) as found:
        client.get("/en/search/", {"q": "zebrafinch"})

    assert page.context["source_count"] == 1
    assert len(hint) <= 2 * len(found)  # the English search again, ids only, beside the Albanian one


def test_the_english_hint_follows_new_content(client, make_page):
    make_page("en", title="Kingfisher guide", body_text="Kingfisher notes.")
    assert client.get("/sq/search/", {"q": "kingfisher"}).context["source_count"] == 1
    make_page("en", title="Kingfisher workshop", body_text="Kingfisher workshop notes.")
    assert client.get("/sq/search/", {"q": "kingfisher"}).context["source_count"] == 2
