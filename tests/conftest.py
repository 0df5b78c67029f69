"""Shared fixtures. The demo site is seeded once per test session (four languages, through
wagtail-localize); each test runs in a transaction that is rolled back, so tests stay independent."""

import io
import os

import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, Page

from core import built_once
from home.models import HomePage
from tests.site_languages import LANGUAGES  # noqa: F401 (tests import it from here)

# Every query whose SQL is built once per process is also built the usual way and compared
# (core/built_once.py): a query whose SQL depends on a value fails the test that reaches it.
built_once.CHECK = True


def pytest_collection_modifyitems(items):
    """Browser tests run last: they share one live server over the committed seed (tests/browser/)."""
    browser_tests = []
    for item in items:
        if "/tests/browser/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)
            browser_tests.append(item)
    items[:] = [item for item in items if item not in browser_tests] + browser_tests


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: no whole pages or sign-in counters from another test."""
    cache.clear()


@pytest.fixture
def page_cache(settings):
    """Turn on the whole-page cache, which the test settings leave off so tests see pages rendered."""
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_DEBUG_HEADER = True  # X-Page-Cache: hit|miss, otherwise sent only in DEBUG


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("seed_site", stdout=io.StringIO())


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def home_page(db):
    """The English home page the seed created."""
    return HomePage.objects.get(locale__language_code="en", depth=2)


@pytest.fixture
def home_pages(db):
    return {
        home.locale.language_code: home for home in HomePage.objects.filter(depth=2).select_related("locale")
    }


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """wagtail-localize publishes translations in on_commit callbacks; run them inside tests."""
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        yield callbacks


def refetch(page):
    return Page.objects.get(pk=page.pk).specific


def query_counts(client, urls, *, with_sql=False):
    """The queries each URL costs on the first request after a publish (which drops the cached
    fragments: the page is built as the first visitor after an edit gets it), and the responses.
    With `with_sql`, each count is the list of the queries' SQL instead."""
    from wagtail.models import Site

    from caching.generation import content_changed

    counts, responses = [], []
    for url in urls:
        client.get(url)  # the process is warm (imports, templates), as a running server is
        content_changed()
        Site.clear_site_root_paths_cache()  # counted too, where a view asks Wagtail for them
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts.append([query["sql"] for query in queries.captured_queries] if with_sql else len(queries))
        responses.append(response)
    return counts, responses


@pytest.fixture
def assert_queries_constant(client):
    """`assert_queries_constant(urls, add_items, sizes=(1, 20))`: with `add_items(count, start)` growing
    the content to each size in turn, every URL costs the same number of queries at every size (the
    query budget of STYLE.md). Returns the responses of the last measurement."""

    def check(urls, add_items, sizes=(1, 20)):
        urls = [urls] if isinstance(urls, str) else list(urls)
        measured, added, responses = [], 0, []
        for size in sizes:
            add_items(size - added, added)
            added = size
            counts, responses = query_counts(client, urls)
            measured.append(counts)
        assert all(counts == measured[0] for counts in measured), (
            f"queries per URL {urls} at sizes {list(sizes)}: {measured}"
        )
        return responses

    return check


# Debian's Chromium, driven by Playwright: one browser for the whole session, shared by the browser
# tests and the archive's (Playwright's sync API allows one running instance per thread).
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium package (.ci/run does).")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()
