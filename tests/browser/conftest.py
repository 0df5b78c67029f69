"""Headless Chromium (Debian's package) against a live server over the session's seeded database.

pytest-django's `live_server` needs `transactional_db`, which empties every table after each
test and would wipe the session seed. These tests instead start one server thread for the whole
session over the already-seeded test database and never open a test transaction themselves: the
server sees the committed seed (SQLite in memory is shared with the server thread, PostgreSQL is
reached through the server's own connection). tests/conftest.py runs these tests last, and what
they add to the database (an untranslated page, an editor's page) is removed when they finish.
"""

import os
import re
import time
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection

from wagtail.models import Locale, Page

from home.models import HomePage, StandardPage

DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 390, "height": 844}
UNTRANSLATED_SLUG = "browser-test-untranslated"
EDITOR = {"username": "browser-editor", "password": "a-long-editor-password-for-tests"}

# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls from a thread
# with a running loop unless told that this (test-only, single-threaded) use is safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _django_db_marker():
    """Browser tests carry the django_db marker so that pytest-django creates the test database
    even when they run alone, but they must not run inside a test transaction: the server thread
    shares SQLite's in-memory connection, and requests ending the test's atomic block break it.
    This replaces pytest-django's marker fixture for tests/browser/ only; the database stays
    blocked in the test itself except inside `unblocked_db()`."""


@pytest.fixture(scope="session")
def unblocked_db(django_db_setup, django_db_blocker):
    """Database access outside a test transaction: what is written here is committed."""

    @contextmanager
    def unblocked():
        with django_db_blocker.unblock():
            yield

    return unblocked


def _create_untranslated_page():
    """An English page nobody translated: the other languages show its alias copy."""
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    page = StandardPage.objects.child_of(home).filter(slug=UNTRANSLATED_SLUG).first()
    if page is None:
        page = StandardPage(
            title="Notes from the kick-off meeting",
            slug=UNTRANSLATED_SLUG,
            intro="Partners met in Trieste to plan the first year of work.",
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        call_command("sync_locale_trees")
    return page


def _close_server_connections():
    """The server's request threads may leave PostgreSQL sessions open on the test database, which
    would stop pytest-django from dropping it; end those sessions (of this test database only)."""
    if connection.vendor != "postgresql":
        return
    others = "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
    with connection.cursor() as cursor:
        for _ in range(50):
            cursor.execute(f"SELECT pg_terminate_backend(pid) {others}")
            cursor.execute(f"SELECT count(*) {others}")
            if cursor.fetchone()[0] == 0:
                break
            time.sleep(0.1)
    connection.close()


@pytest.fixture(scope="session")
def site_server(unblocked_db):
    """One live server for the whole session; the database stays unblocked while it runs (the
    server thread needs it, and pytest-django's blocker applies to every thread)."""
    from pytest_django.live_server_helper import LiveServer

    with unblocked_db():
        _create_untranslated_page()
        User = get_user_model()
        if not User.objects.filter(username=EDITOR["username"]).exists():
            User.objects.create_superuser(EDITOR["username"], "editor@example.org", EDITOR["password"])
        server = LiveServer("127.0.0.1:0")
        yield server
        server.stop()
        # The untranslated page and whatever the editor journey published, with their aliases.
        created = Page.objects.filter(slug__startswith="browser-test", locale__language_code="en")
        for source in created:
            for alias in Page.objects.filter(alias_of=source):
                alias.delete()
        for source in Page.objects.filter(pk__in=[p.pk for p in created]):
            source.delete()
        get_user_model().objects.filter(username=EDITOR["username"]).delete()
        # Last, so that no session opened during the clean-up outlives it: pytest-django's
        # teardown cannot drop a test database another session still uses.
        _close_server_connections()


class Guard:
    """Fails a test on any request to another host and on any Content-Security-Policy report."""

    def __init__(self, server_url):
        self.host = urlsplit(server_url).netloc
        self.foreign_requests = []
        self.csp_violations = []
        self.errors = []

    def route(self, route):
        url = route.request.url
        if urlsplit(url).scheme in ("http", "https", "ws", "wss") and urlsplit(url).netloc != self.host:
            self.foreign_requests.append(url)
            route.abort()
        else:
            route.continue_()

    def console(self, message):
        text = message.text
        if re.search(r"Content Security Policy|Content-Security-Policy", text, re.IGNORECASE):
            self.csp_violations.append(text)

    def page_error(self, error):
        self.errors.append(str(error))

    def check(self):
        assert not self.foreign_requests, f"requests to other hosts: {self.foreign_requests}"
        assert not self.csp_violations, f"Content-Security-Policy violations: {self.csp_violations}"
        assert not self.errors, f"JavaScript errors: {self.errors}"

    def reset(self):
        self.foreign_requests.clear()
        self.csp_violations.clear()
        self.errors.clear()


def _new_context(browser, site_server, viewport, **kwargs):
    context = browser.new_context(
        base_url=site_server.url, viewport=viewport, accept_downloads=True, locale="en-GB", **kwargs
    )
    guard = Guard(site_server.url)
    context.route("**/*", guard.route)
    context.on("console", guard.console)
    context.on("weberror", lambda web_error: guard.page_error(web_error.error))
    return context, guard


@pytest.fixture(scope="session")
def desktop(browser, site_server):
    context, guard = _new_context(browser, site_server, DESKTOP)
    page = context.new_page()
    yield page, guard
    context.close()


@pytest.fixture(scope="session")
def mobile(browser, site_server):
    context, guard = _new_context(browser, site_server, MOBILE, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page, guard
    context.close()


@pytest.fixture
def visitor(browser, site_server):
    """A fresh desktop browser context for a journey (its own cookies), checked after the test."""
    context, guard = _new_context(browser, site_server, DESKTOP)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page, guard
    page.goto("about:blank")  # let no request of the last page outlive the test
    context.close()
    guard.check()


def page_exists(unblocked_db, slug, language="en"):
    with unblocked_db():
        return Page.objects.live().filter(slug=slug, locale__language_code=language).exists()


def locale_exists(unblocked_db, language):
    with unblocked_db():
        return Locale.objects.filter(language_code=language).exists()


@pytest.fixture(scope="session")
def mobile_without_javascript(browser, site_server):
    """A phone with JavaScript off: the site promises every feature works without it."""
    context, guard = _new_context(
        browser, site_server, MOBILE, is_mobile=True, has_touch=True, java_script_enabled=False
    )
    page = context.new_page()
    yield page, guard
    context.close()
