"""Every mistake a client can make gets a JSON 400 or 404 with a message: never a 500, never HTML,
never a redirect into the language-prefixed site."""

import pytest

pytestmark = pytest.mark.django_db

BAD_REQUESTS = {
    "huge offset": ("/api/v2/pages/", {"offset": "9" * 30}, 400),
    "offset with 5,000 digits": ("/api/v2/pages/", {"offset": "9" * 5000}, 400),
    "negative offset": ("/api/v2/pages/", {"offset": "-1"}, 400),
    "huge limit": ("/api/v2/pages/", {"limit": "100000"}, 400),
    "limit not a number": ("/api/v2/resources/", {"limit": "x"}, 400),
    "huge offset on resources": ("/api/v2/resources/", {"offset": "9" * 30}, 400),
    "unknown search operator": ("/api/v2/pages/", {"search": "training", "search_operator": "xor"}, 400),
    "unknown locale": ("/api/v2/pages/", {"locale": "xx"}, 400),
    "unknown locale on resources": ("/api/v2/resources/", {"locale": "de"}, 400),
    "unknown field": ("/api/v2/pages/", {"fields": "nope"}, 400),
    "unknown filter": ("/api/v2/pages/", {"colour": "red"}, 400),
    "unknown filter on resources": ("/api/v2/resources/", {"colour": "red"}, 400),
    "unknown page type": ("/api/v2/pages/", {"type": "home.Nope"}, 400),
    "unknown resource type": ("/api/v2/resources/", {"type": "poem"}, 400),
    "unknown audience": ("/api/v2/resources/", {"audience": "cats"}, 400),
    "unknown EQF level": ("/api/v2/resources/", {"eqf": "9"}, 400),
    "unknown framework": ("/api/v2/resources/", {"framework": "no-such-framework"}, 400),
    "overlong search": ("/api/v2/pages/", {"search": "ë" * 5000}, 400),
    "unknown page": ("/api/v2/pages/999999/", {}, 404),
    "unknown resource": ("/api/v2/resources/999999/", {}, 404),
    "documents endpoint (dropped)": ("/api/v2/documents/", {}, 404),
    "images endpoint (dropped)": ("/api/v2/images/", {}, 404),
    "non-numeric id": ("/api/v2/pages/abc/", {}, 404),
    "find without a key": ("/api/v2/pages/find/", {}, 400),
    "find with a bad id": ("/api/v2/pages/find/", {"id": "1 OR 1=1"}, 400),
    "find with a NUL byte in the path": ("/api/v2/pages/find/", {"html_path": "/en/news\x00/"}, 404),
    "resource find with a NUL byte": ("/api/v2/resources/find/", {"slug": "\x00"}, 400),
    "resource find without a slug": ("/api/v2/resources/find/", {}, 400),
    "bad order": ("/api/v2/pages/", {"order": "nope"}, 400),
    "field filter not a date": ("/api/v2/pages/", {"type": "home.NewsPage", "date": "notadate"}, 400),
    "field filter with a NUL byte": ("/api/v2/pages/", {"type": "home.NewsPage", "summary": "a\x00"}, 400),
}
SEARCHES_THAT_ARE_FINE = {
    "NUL byte": "a\x00b",
    "unclosed quote": '"unbalanced',
    "lone quote": '"',
    "FTS syntax": "* ( ) : ^ - + NEAR AND OR NOT {x}",
    "SQL-looking": "' OR 1=1 --",
}


@pytest.mark.parametrize("case", BAD_REQUESTS)
def test_bad_input_is_a_json_error_with_a_message(get_json, case):
    path, params, expected = BAD_REQUESTS[case]

    status, data = get_json(path, params)

    assert status == expected, data
    assert isinstance(data["message"], str) and data["message"]


@pytest.mark.parametrize("endpoint", ["/api/v2/pages/", "/api/v2/resources/"])
@pytest.mark.parametrize("case", SEARCHES_THAT_ARE_FINE)
def test_search_syntax_is_plain_text_not_a_server_error(get_json, endpoint, case):
    status, data = get_json(endpoint, {"search": SEARCHES_THAT_ARE_FINE[case], "locale": "en"})

    assert status == 200
    assert isinstance(data["items"], list)


def test_unknown_locale_is_json_even_for_a_browser(client):
    response = client.get("/api/v2/pages/", {"locale": "xx"}, HTTP_ACCEPT="text/html")

    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")


def test_a_number_too_large_for_the_database_is_no_error(get_json):
    """SQLite finds nothing; PostgreSQL's out-of-range error becomes a 400."""
    status, data = get_json("/api/v2/pages/", {"type": "home.WorkPackagePage", "number": "9" * 30})

    assert status in {200, 400}
    assert data.get("items") == [] or data["message"]
