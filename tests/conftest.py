"""Shared fixtures. The demo site is seeded once per test session (four languages, through
wagtail-localize); each test runs in a transaction that is rolled back, so tests stay independent."""

import io

import pytest

from django.core.cache import cache
from django.core.management import call_command

from wagtail.models import Locale, Page

from home.models import HomePage

LANGUAGES = ["en", "sq", "cnr", "it"]


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
