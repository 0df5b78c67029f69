"""Whatever a visitor types, the site search answers with a normal page in their language that
says what was searched: never a server error (issue 26, "Bad input"). Run on SQLite and
PostgreSQL (DATABASE_URL)."""

import pytest

from tests.html import parsed, texts

pytestmark = pytest.mark.django_db

BAD_QUERIES = {
    "punctuation only": "?!.,;:—…«»()[]{}",
    "500 characters": ("cilësi EQAVET " * 40)[:500],
    "mixed scripts": "EQAVET самопроцјена cilësia 漢字 ΑΒΓ",
    "a double quote": '"',
    "unbalanced quotes": '"samoprocjena kvaliteta',
    "a star": "cil*",
    "NEAR": "EQAVET NEAR cilësi",
    "NEAR with a distance": "NEAR(a b, 3)",
    "a minus": "-EQAVET -",
    "FTS column filter": "title: EQAVET {body}",
    "SQL": "'; DROP TABLE search_searchterm; --",
    "a lone combining mark": "\u0301",
    "combining marks after letters": "e\u0301\u0301\u0301",
    "right-to-left override": "\u202eEQAVET",
    "one very long word": "a" * 500,
}
STATUS_START = {"en": "result", "sq": "rezultat", "cnr": "rezultat", "it": "risultat"}


@pytest.mark.parametrize("language", ["en", "sq", "cnr", "it"])
@pytest.mark.parametrize("case", BAD_QUERIES)
def test_a_bad_query_gets_a_page_in_the_visitors_language_saying_what_was_searched(client, case, language):
    response = client.get(f"/{language}/search/", {"q": BAD_QUERIES[case]})

    assert response.status_code == 200
    assert parsed(response).html["lang"] == language
    shown = response.context["search_query"]
    assert shown  # something was searched, and the page says what
    status = texts(response, "[role=status]")[0]
    assert STATUS_START[language] in status
    assert " ".join(shown.split()) in status


@pytest.mark.parametrize("case", BAD_QUERIES)
def test_a_bad_query_in_the_library_box_and_the_api_is_no_error(client, case):
    query = BAD_QUERIES[case]

    assert client.get("/sq/resources/", {"q": query}).status_code == 200
    assert client.get("/api/v2/resources/", {"search": query[:200], "locale": "cnr"}).status_code == 200
    assert client.get("/api/v2/pages/", {"search": query[:200], "locale": "it"}).status_code == 200
