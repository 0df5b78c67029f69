"""A query searched for the first time: what it finds, in which order, and how it follows new content
(search/engine.py reads the index of word forms, search/terms.py writes it, on every database alike)."""

import pytest

from wagtail.models import Locale

from resources.models import Resource
from tests.factories.resources import ResourceFactory

from .test_search import result_titles, search_page

pytestmark = pytest.mark.django_db


def titles_of(client, language, query, kind=None):
    params = {"q": query, **({"kind": kind} if kind else {})}
    return result_titles(search_page(client, language, **params))


def test_a_title_match_comes_before_a_mention_in_the_text(client, make_page):
    make_page("en", title="Apprenticeship guide", body_text="How to run it.")
    make_page("en", title="Notes from the field", body_text="A word on apprenticeship among many others.")

    assert titles_of(client, "en", "apprenticeship", kind="pages") == [
        "Apprenticeship guide",
        "Notes from the field",
    ]


def test_among_equal_matches_the_newest_comes_first(client, make_page):
    make_page("en", title="Heron guide", body_text="Heron.")
    make_page("en", title="Heron notes", body_text="Heron, once.")

    assert titles_of(client, "en", "heron", kind="pages") == ["Heron notes", "Heron guide"]


def test_the_library_and_the_site_search_find_the_same_entries(client):
    for number in range(4):
        ResourceFactory(title=f"Kestrel toolkit {number}", summary="Kestrel tools for trainers.")
    ResourceFactory(title="Unrelated", summary="Nothing here.")
    english = Locale.get_default()

    found = Resource.objects.search_ids("kestrel tools", english)

    titles = [Resource.objects.get(pk=pk).title for pk in found]
    # The four with both words first (newest first), then entries with one of them.
    assert titles[:4] == [f"Kestrel toolkit {number}" for number in (3, 2, 1, 0)]
    assert "Unrelated" not in titles
    assert titles_of(client, "en", "tools kestrel", kind="resources") == titles[:10]


def test_a_draft_or_an_unpublished_page_is_not_found(client, make_page):
    page = make_page("en", title="Plover guide", body_text="Plover.")
    assert titles_of(client, "en", "plover") == ["Plover guide"]

    page.unpublish()

    assert titles_of(client, "en", "plover") == []


def test_new_content_is_found_as_soon_as_it_is_published(client, make_page):
    make_page("en", title="Avocet guide", body_text="Avocet.")
    assert titles_of(client, "en", "avocet") == ["Avocet guide"]

    make_page("en", title="Avocet workshop", body_text="Avocet.")

    assert sorted(titles_of(client, "en", "avocet")) == ["Avocet guide", "Avocet workshop"]


def test_word_starts_are_tried_only_for_a_word_found_nowhere(client, make_page):
    make_page("en", title="Godwit guide", body_text="Godwit.")
    ResourceFactory(title="Godwitology of the estuary", summary="Counting.")

    # "godwit" is a whole word in the page: the resource's "godwitology" is not offered beside it.
    assert titles_of(client, "en", "godwit") == ["Godwit guide"]
    # Nothing holds "godw" as a whole word: both are found by the word's start, in any word order.
    assert sorted(titles_of(client, "en", "godw")) == ["Godwit guide", "Godwitology of the estuary"]
    assert titles_of(client, "en", "godw estuary") == titles_of(client, "en", "estuary godw")
