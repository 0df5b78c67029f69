"""Bad input on every public listing, feed and search URL gives a normal page or a 404, never a
500, and whatever the visitor typed comes back escaped."""

from urllib.parse import urlencode, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from demo.public_urls import public_urls
from tests.site_languages import LANGUAGES

pytestmark = pytest.mark.django_db

OK_STATUSES = {200, 301, 302, 404}
MARKUP = "<script>alert(1)</script>"
BAD_QUERIES = {
    "negative page": "page=-1",
    "page not a number": "page=x",
    "page far beyond the end": "page=99999",
    "page zero": "page=0",
    "huge page number": "page=" + "9" * 400,
    "5,000-character query": urlencode({"q": "ë" * 5000}),
    "NUL byte": "q=a%00b&page=%00",
    "lone surrogate escape": "q=%ED%A0%80",
    "invalid UTF-8": "q=%FF%FE",
    "right-to-left text": urlencode({"q": "\u202eكتاب \u05e2\u05d1\u05e8\u05d9\u05ea"}),
    "emoji and combining marks": urlencode({"q": "🇦🇱🇲🇪 e\u0301\u0308 👩🏽‍🏫"}),
    "markup": urlencode({"q": MARKUP, "type": MARKUP}),
    "unknown filter keys and values": "type=nope&framework=999999&audience=-1&tag=%00&sort=drop",
    "repeated parameters": "q=a&q=b&page=1&page=2&type=a&type=b&framework=1&framework=x",
    "empty values": "q=&page=&type=&framework=",
    "search syntax characters": urlencode({"q": '"unbalanced "quote * ( ) : ^ - + NEAR AND OR NOT {x}'}),
    "lone double quote": urlencode({"q": '"'}),
    "empty phrase": urlencode({"q": 'a "" b " "'}),
    "SQL-looking text": urlencode({"q": "' OR 1=1 --", "framework": "1 OR 1=1"}),
}


def _targets():
    """(label, language, url) for every public page type, view and feed; the source language and the first translation."""
    return [(target, language) for language in LANGUAGES[:2] for target in public_urls(language)]


def _with_query(url, query):
    return f"{url}{'&' if urlsplit(url).query else '?'}{query}"


@pytest.mark.parametrize("bad_input", BAD_QUERIES.keys())
def test_bad_query_strings_never_cause_a_server_error(client, bad_input):
    query = BAD_QUERIES[bad_input]
    checked = 0
    for target, _language in _targets():
        response = client.get(_with_query(target.url, query))
        assert response.status_code in OK_STATUSES, f"{target} {target.url}?{query}: {response.status_code}"
        if MARKUP in query and response.status_code == 200:
            assert MARKUP.encode() not in response.content, f"{target}: markup came back unescaped"
        checked += 1
    assert checked >= 10


@pytest.mark.parametrize("language", LANGUAGES)
def test_missing_slugs_are_a_404_page_in_the_visitors_language(client, language):
    for target in public_urls(language, include_feeds=False, include_missing=False):
        path = urlsplit(target.url).path
        response = client.get(f"{path}no-such-page-{'x' * 300}/")
        assert response.status_code == 404, target
        assert f'lang="{language}"'.encode() in response.content


def test_search_escapes_the_query_it_shows(client):
    response = client.get("/en/search/", {"q": MARKUP})
    assert response.status_code == 200
    assert MARKUP.encode() not in response.content
    assert b"&lt;script&gt;" in response.content


QUERY_TEXT = st.text(st.characters(codec="utf-8"), max_size=300)
PARAMS = st.dictionaries(
    st.sampled_from(["q", "page", "type", "framework", "audience", "tag", "lang", "sort", "x"]),
    st.one_of(QUERY_TEXT, st.integers(-(10**12), 10**12).map(str)),
    max_size=5,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=PARAMS, language=st.sampled_from(LANGUAGES))
def test_fuzzed_search_and_library_queries_never_cause_a_server_error(client, params, language):
    urls = [target.url for target in public_urls(language, include_missing=False)]
    search_and_library = [url for url in urls if "/search/" in url or "/resources/" in url]
    assert search_and_library
    for url in search_and_library:
        response = client.get(urlsplit(url).path, params)
        assert response.status_code in OK_STATUSES, (url, params, response.status_code)


# The API gets the same battery: every bad query string and the same fuzzing, answered with JSON
# (200, or a 400/404 with a message), never a 500 and never the HTML site.
API_URLS = ["/api/v2/pages/", "/api/v2/resources/", "/api/v2/pages/find/", "/api/v2/resources/find/"]
API_STATUSES = {200, 302, 400, 404}
API_PARAMS = st.dictionaries(
    st.sampled_from(
        ["search", "search_operator", "locale", "offset", "limit", "fields", "type", "framework", "audience"]
        + ["eqf", "tag", "language", "order", "html_path", "slug", "id", "child_of", "x"]
    ),
    st.one_of(QUERY_TEXT, st.integers(-(10**12), 10**30).map(str), st.sampled_from(LANGUAGES)),
    max_size=5,
)


def _assert_api_answer(response, where):
    assert response.status_code in API_STATUSES, (where, response.status_code)
    if response.status_code != 302:
        assert response["Content-Type"].startswith("application/json"), where
    if response.status_code in {400, 404}:
        assert response.json()["message"], where


@pytest.mark.parametrize("bad_input", BAD_QUERIES.keys())
def test_bad_query_strings_on_the_api_are_json_never_a_server_error(client, bad_input):
    query = BAD_QUERIES[bad_input].replace("q=", "search=")
    for url in API_URLS:
        _assert_api_answer(client.get(f"{url}?{query}"), f"{url}?{query}")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=API_PARAMS, url=st.sampled_from(API_URLS))
def test_fuzzed_api_queries_never_cause_a_server_error(client, params, url):
    _assert_api_answer(client.get(url, params), (url, params))
