"""A trainer finds a tool whatever the word order and whatever form of a word they type: on the
site search, the library's search box and the API, in every language (issue 26)."""

from urllib.parse import quote

import pytest

from search.word_forms import albanian_stem, word_keys
from tests.html import parsed, texts

pytestmark = pytest.mark.django_db


def site_results(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return response


def resource_titles(response):
    groups = {group.kind.key: group for group in response.context["outcome"].groups}
    return [result.title for result in groups["resources"].results]


def library_titles(client, language, query):
    response = client.get(f"/{language}/resources/", {"q": query})
    assert response.status_code == 200
    return texts(response, ".resource-card .card__title")


@pytest.mark.parametrize(
    ("language", "one_order", "other_order"),
    [
        ("sq", "cilësi EQAVET", "EQAVET cilësi"),
        ("cnr", "kvalitet EQAVET", "EQAVET kvalitet"),
        ("it", "qualità ciclo", "ciclo qualità"),
        ("en", "cycle quality", "quality cycle"),
    ],
)
def test_word_order_does_not_change_what_the_site_search_finds(client, language, one_order, other_order):
    first = site_results(client, language, one_order)
    second = site_results(client, language, other_order)

    assert first.context["outcome"].total > 0
    assert first.context["outcome"].total == second.context["outcome"].total
    assert resource_titles(first) == resource_titles(second)


@pytest.mark.parametrize(
    ("language", "query", "title"),
    [
        ("sq", "cilësia", "Cikli i cilësisë i shpjeguar"),
        ("sq", "praktikës pune", "Marrëveshje të nxëni për praktikë pune jashtë vendit"),
        ("sq", "mjete pa internet", "Paketë mjetesh për mësimdhënie me internet të ngadaltë"),
        ("sq", "trajneri aftësi dixhitale", "Vetëvlerësimi i aftësive dixhitale për trajnerët"),
        ("sq", "korniza GreenComp", "GreenComp: korniza shkurtimisht"),
        ("cnr", "praksa EntreComp", "EntreComp u praksi"),
        ("cnr", "samoprocjenu EQAVET", "EQAVET samoprocjena za pružaoce SOO"),
        ("cnr", "samoprocena EQAVET", "EQAVET samoprocjena za pružaoce SOO"),  # ekavian
        ("cnr", "самопроцјена EQAVET", "EQAVET samoprocjena za pružaoce SOO"),  # Cyrillic
        ("it", "formatore competenza digitale", "Autovalutazione delle competenze digitali per formatori"),
        ("en", "assessor validation", "Training for validation assessors"),
    ],
)
def test_another_form_of_a_word_finds_the_entry(client, language, query, title):
    assert title in resource_titles(site_results(client, language, query))
    assert title in library_titles(client, language, query)


def test_the_library_search_box_ignores_word_order(client):
    assert library_titles(client, "sq", "cilësi EQAVET") == library_titles(client, "sq", "EQAVET cilësi")
    assert library_titles(client, "sq", "EQAVET cilësi")


def test_entries_with_every_word_come_first_then_those_with_most(client):
    response = site_results(client, "cnr", "samoprocjena digitalnih vještina EQAVET")

    titles = resource_titles(response)
    # No entry has all four words: the two self-assessments (three words, two words) lead.
    assert titles[0] == "Samoprocjena digitalnih vještina za trenere"
    assert titles[1] == "EQAVET samoprocjena za pružaoce SOO"
    assert texts(response, ".search-some-words") == ["Nijedan unos nema sve vaše riječi; ovi imaju najviše."]


def test_the_library_says_so_too_when_no_entry_has_every_word(client):
    response = client.get("/cnr/resources/", {"q": "samoprocjena digitalnih vještina EQAVET"})

    assert library_titles(client, "cnr", "samoprocjena digitalnih vještina EQAVET")[0] == (
        "Samoprocjena digitalnih vještina za trenere"
    )
    assert texts(response, ".library__results .search-some-words") == [
        "Nijedan unos nema sve vaše riječi; ovi imaju najviše."
    ]
    # In any order of the listing, and not when an entry has every word or one word was searched.
    by_title = client.get(
        "/cnr/resources/", {"q": "samoprocjena digitalnih vještina EQAVET", "sort": "title"}
    )
    assert texts(by_title, ".search-some-words")
    for query in ("EQAVET samoprocjena", "samoprocjena"):
        assert not texts(client.get("/cnr/resources/", {"q": query}), ".search-some-words"), query


def test_no_note_when_an_entry_has_every_word(client):
    response = site_results(client, "sq", "EQAVET vetëvlerësimi")

    assert response.context["outcome"].only_some_words is False
    assert not texts(response, ".search-some-words")


@pytest.mark.parametrize(
    ("language", "query", "suggested", "note"),
    [
        ("sq", "vetëvlersimi EQAVET", "vetëvlerësimi EQAVET", "Mos kishit parasysh:"),
        ("cnr", "samoprocjna", "samoprocjena", "Da li ste mislili:"),
        ("it", "autovalutazone", "autovalutazione", "Forse cercavi:"),
        ("en", "assesment", "assessment", "Did you mean:"),
    ],
)
def test_a_misspelt_word_gets_did_you_mean_from_the_sites_own_words(client, language, query, suggested, note):
    response = site_results(client, language, query)

    link = parsed(response).select_one(".search-suggestion a")
    assert texts(response, ".search-suggestion")[0].startswith(note)
    assert link.get_text() == suggested
    assert link["href"] == f"?q={quote(suggested)}"
    assert site_results(client, language, suggested).context["outcome"].total > 0


def test_no_suggestion_for_short_words_or_words_found(client):
    assert site_results(client, "en", "qqzz").context["outcome"].did_you_mean is None
    assert site_results(client, "en", "assessment").context["outcome"].did_you_mean is None


def test_api_search_matches_word_forms_in_any_order(client, locales):
    for query in ("cilësia EQAVET", "EQAVET cilësisë"):
        response = client.get("/api/v2/resources/", {"search": query, "locale": "sq"})
        assert response.status_code == 200
        titles = [item["title"] for item in response.json()["items"]]
        assert "Vetëvlerësimi EQAVET për ofruesit e AFP-së" in titles, query

    pages = client.get("/api/v2/pages/", {"search": "тренере вебинар", "locale": "cnr"}).json()
    assert "Vebinar: DigComp za trenere" in [item["title"] for item in pages["items"]]


@pytest.mark.parametrize(
    ("words", "language"),
    [
        (["praktikë", "praktika", "praktikës", "praktikat"], "sq"),
        (["trajner", "trajneri", "trajnerët", "trajnerëve"], "sq"),
        (["nivel", "nivele", "nivelet", "niveleve"], "sq"),
        (["kornizë", "korniza", "kornizës"], "sq"),
        (["cilësi", "cilësia", "cilësisë", "cilësinë"], "sq"),
        (["samoprocjena", "samoprocjenu", "samoprocena", "samoprocene"], "cnr"),
        (["alat", "alata", "alati", "alatima"], "cnr"),
        (["formatore", "formatori"], "it"),
    ],
)
def test_the_forms_of_a_word_share_a_key(words, language):
    shared = set.intersection(*(set(word_keys(word, language)) for word in words))
    assert shared, {word: word_keys(word, language) for word in words}


def test_albanian_endings_leave_a_stem_of_four_letters_at_least():
    assert albanian_stem("praktikes") == "praktik"
    assert albanian_stem("mjet") == "mjet"


def test_api_search_goes_with_any_filter_and_order(client):
    found = client.get(
        "/api/v2/pages/", {"search": "podgorica training", "slug": "training-days-podgorica", "locale": "en"}
    )
    ordered = client.get("/api/v2/pages/", {"search": "webinar", "order": "slug", "locale": "en"})

    assert [item["meta"]["slug"] for item in found.json()["items"]] == ["training-days-podgorica"]
    slugs = [item["meta"]["slug"] for item in ordered.json()["items"]]
    assert slugs == sorted(slugs) and "digcomp-webinar" in slugs
