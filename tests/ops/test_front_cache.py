"""Page-cache hits answered from an app server's memory before Django (ops/front_cache.py), driven
through the WSGI interface as gunicorn calls it: never staler than the page cache beyond a second
across servers, never for signed-in editors, and never hiding a count."""

import gzip

import pytest

from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import OperationalError, close_old_connections
from django.test import RequestFactory
from django.utils import timezone

from home.models import StandardPage
from ops import front_cache, page_cache
from search.models import SearchQueryLog

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"


@pytest.fixture
def server(monkeypatch):
    """The site as gunicorn serves it, with the paths of the requests that entered Django.

    As Django's test client does, the test's database connection is not closed at the end of
    each request (it holds the test's transaction)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    monkeypatch.setattr(front_cache, "close_old_connections", lambda: None)
    django = WSGIHandler()
    entered = []

    def counted(environ, start_response):
        entered.append(environ["PATH_INFO"])
        return django(environ, start_response)

    app = front_cache.FrontPageCache(counted, max_bytes=8 * 1024 * 1024)
    app.entered = entered
    yield app
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def fetch(app, path, method="get", **headers):
    environ = getattr(RequestFactory(), method)(path, HTTP_USER_AGENT=BROWSER, **headers).environ
    sent = {}

    def start_response(status, response_headers, exc_info=None):
        sent["status"], sent["headers"] = status, dict(response_headers)

    body = b"".join(app(environ, start_response))
    return sent["status"], sent["headers"], body


def test_a_page_the_page_cache_served_is_then_served_from_memory(server):
    first = fetch(server, "/en/about/")  # rendered, stored in the page cache
    second = fetch(server, "/en/about/")  # a page-cache hit: now kept in memory too
    third = fetch(server, "/en/about/")

    assert server.entered == ["/en/about/", "/en/about/"]
    assert first[0] == second[0] == third[0] == "200 OK"
    assert third[2] == second[2] == first[2]
    assert third[1]["Content-Type"] == first[1]["Content-Type"]


def test_an_edit_through_this_server_shows_at_once(server):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    for _ in range(3):
        fetch(server, "/en/about/")

    about.title = "About the project, revised"
    about.save_revision().publish()

    assert "About the project, revised" in fetch(server, "/en/about/")[2].decode()
    assert server.entered[-1] == "/en/about/"


def test_an_edit_through_another_server_shows_within_a_second(server, monkeypatch):
    for _ in range(2):
        fetch(server, "/en/about/")
    cache.incr(page_cache.GENERATION_KEY)  # another app server published something

    fetch(server, "/en/about/")
    assert len(server.entered) == 2, "within the second, this process has not read the generation again"

    monkeypatch.setattr(front_cache, "GENERATION_CHECK_SECONDS", 0)  # the second has passed
    fetch(server, "/en/about/")
    assert len(server.entered) == 3


def test_every_search_served_from_memory_is_counted(server):
    for _ in range(4):
        status, _headers, _body = fetch(server, "/en/search/?q=frontcached")
        assert status == "200 OK"
    fetch(server, "/en/search/?q=frontcached", HTTP_SEC_PURPOSE="prefetch")  # not a person's search
    fetch(server, "/en/search/?q=frontcached", method="head")

    assert server.entered == ["/en/search/"] * 2, "the third search on came from memory"
    row = SearchQueryLog.objects.get(language_code="en", date=timezone.localdate(), query="frontcached")
    assert row.searches == 4


def test_a_signed_in_editor_never_gets_a_page_from_memory(server):
    for _ in range(2):
        fetch(server, "/en/about/")  # kept for visitors

    fetch(server, "/en/about/", HTTP_COOKIE="sessionid=an-editors-session")
    fetch(server, "/en/about/", HTTP_COOKIE="messages=a-pending-message")

    assert len(server.entered) == 4


def test_gzipped_and_plain_pages_are_kept_apart(server):
    for _ in range(3):
        status, headers, body = fetch(server, "/en/about/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert headers["Content-Encoding"] == "gzip"
    assert b"<html" in gzip.decompress(body)

    status, headers, body = fetch(server, "/en/about/")
    assert "Content-Encoding" not in headers
    assert body.lstrip().startswith(b"<!DOCTYPE html>")
    assert len(server.entered) == 3


def test_a_head_request_gets_the_headers_without_the_body(server):
    for _ in range(2):
        fetch(server, "/en/about/")
    status, headers, body = fetch(server, "/en/about/", method="head")
    assert status == "200 OK" and body == b""
    assert int(headers["Content-Length"]) > 0
    assert len(server.entered) == 2


def test_a_page_leaves_memory_when_it_would_leave_the_page_cache(server):
    for _ in range(2):
        fetch(server, "/en/about/")
    for entry in server.entries.values():
        entry.expires = 0  # its time in the page cache is over

    fetch(server, "/en/about/")
    assert len(server.entered) == 3


def test_memory_is_bounded_dropping_the_least_recently_read_pages(server):
    server.max_bytes = 60 * 1024
    for path in ["/en/about/", "/en/news/", "/en/events/", "/en/resources/", "/en/about/"] * 2:
        fetch(server, path)
    assert server.size <= server.max_bytes
    assert sum(len(entry.body) for entry in server.entries.values()) == server.size
    assert len(server.entries) >= 1


def test_an_unprefixed_address_is_left_to_django(server):
    for _ in range(3):
        fetch(server, "/", HTTP_ACCEPT_LANGUAGE="sq")
    assert server.entered == ["/"] * 3


def test_a_search_that_cannot_be_counted_is_still_served_from_memory(server, monkeypatch, caplog):
    for _ in range(2):
        fetch(server, "/en/search/?q=frontcached")

    def database_down(*args, **kwargs):
        raise OperationalError("the database went away")

    monkeypatch.setattr(SearchQueryLog, "record", database_down)
    status, _headers, body = fetch(server, "/en/search/?q=frontcached")

    assert status == "200 OK" and b"frontcached" in body
    assert len(server.entered) == 2
    assert "could not be counted" in caplog.text
