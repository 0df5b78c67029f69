"""Publishing or unpublishing a page purges it from the edge cache in every language at once,
with the pages that list it; an HTTP purge endpoint receives one PURGE per URL."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from wagtail.contrib.frontend_cache.backends import BaseBackend

from home.models import StandardPage
from ops.purge import pages_to_purge

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def recorded_purges(settings, run_on_commit):
    settings.WAGTAILFRONTENDCACHE = {"recording": {"BACKEND": f"{__name__}.RecordingBackend"}}
    PURGED.clear()
    yield PURGED
    PURGED.clear()


@pytest.fixture
def about_pages(db):
    return {
        p.locale.language_code: p for p in StandardPage.objects.filter(slug="about").select_related("locale")
    }


def _expected_urls(pages):
    urls = set()
    for page in pages.values():
        urls.add(page.get_full_url())
        urls.add(page.get_parent().get_full_url())
    return urls


def test_publishing_the_english_page_purges_it_and_its_listings_in_every_language(
    recorded_purges, about_pages
):
    english = about_pages["en"]
    english.title = "About VET-WEB (edited)"
    english.save_revision().publish()
    assert _expected_urls(about_pages) <= set(recorded_purges)
    assert {url.split("/")[3] for url in recorded_purges} == {"en", "sq", "cnr", "it"}


def test_publishing_a_translation_purges_every_language_version(recorded_purges, about_pages):
    albanian = about_pages["sq"]
    albanian.save_revision().publish()
    assert _expected_urls(about_pages) <= set(recorded_purges)


def test_unpublishing_purges_every_language_version(recorded_purges, about_pages):
    about_pages["en"].unpublish()
    assert {p.get_parent().get_full_url() for p in about_pages.values()} <= set(recorded_purges)


def test_nothing_is_purged_without_a_configured_edge_cache(settings, run_on_commit, about_pages):
    settings.WAGTAILFRONTENDCACHE = {}
    PURGED.clear()
    about_pages["en"].save_revision().publish()
    assert PURGED == []


def test_pages_to_purge_are_the_translations_and_their_parents(about_pages):
    found = {p.pk for p in pages_to_purge(about_pages["it"])}
    expected = {p.pk for p in about_pages.values()} | {p.get_parent().pk for p in about_pages.values()}
    assert found == expected


class _PurgeHandler(BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_endpoint():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PurgeHandler)
    _PurgeHandler.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _PurgeHandler.received
    server.shutdown()
    server.server_close()


def test_the_generic_http_backend_sends_purge_requests_for_every_language(
    settings, run_on_commit, purge_endpoint, about_pages
):
    location, received = purge_endpoint
    settings.WAGTAILFRONTENDCACHE = {
        "http": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": location}
    }
    about_pages["en"].save_revision().publish()
    paths = {path for _host, path in received}
    assert {"/en/about/", "/sq/about/", "/cnr/about/", "/it/about/", "/en/", "/sq/", "/cnr/", "/it/"} <= paths
    assert {host for host, _path in received} == {"localhost"}
