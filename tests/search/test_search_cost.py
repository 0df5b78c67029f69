"""One search costs a bounded amount: a capped number of distinct words, and the English hint of a
translated language's no-results page counted once per query until content changes."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.results import backend_query

pytestmark = pytest.mark.django_db


def test_only_the_first_distinct_words_are_searched(settings):
    settings.SEARCH_MAX_WORDS = 10
    words = backend_query(" ".join("abcdefghijklmnopqrstuvwxyz" * 4))
    assert words.split() == list("abcdefghij")
    assert backend_query("quality QUALITY Quality assurance") == "quality assurance"


def test_a_hundred_one_letter_words_still_give_a_page(client):
    response = client.get("/en/search/", {"q": " ".join("abcdefghijklmnopqrstuvwxy" * 4)})
    assert response.status_code == 200
    assert len(response.context["search_query"].split()) == 100


def test_the_english_hint_is_counted_once_per_query(client, make_page):
    make_page("en", title="Zebrafinch observation guide", body_text="Zebrafinch notes for trainers.")

    with CaptureQueriesContext(connection) as first:
        first_page = client.get("/sq/search/", {"q": "zebrafinch"})
    with CaptureQueriesContext(connection) as second:
        second_page = client.get("/sq/search/", {"q": "zebrafinch"})

    assert first_page.context["source_count"] == second_page.context["source_count"] == 1
    assert len(second) < len(first)


def test_the_english_hint_follows_new_content(client, make_page):
    make_page("en", title="Kingfisher guide", body_text="Kingfisher notes.")
    assert client.get("/sq/search/", {"q": "kingfisher"}).context["source_count"] == 1
    make_page("en", title="Kingfisher workshop", body_text="Kingfisher workshop notes.")
    assert client.get("/sq/search/", {"q": "kingfisher"}).context["source_count"] == 2
