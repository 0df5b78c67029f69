"""One archive of the session's demo site, built once, served by a plain static file server.

The archive is written by `manage.py archive_site` over the session's seeded database (the same
seed as every other test), then served by Python's http.server from a thread: no Django process
answers the browser. Chromium is Debian's, launched as tests/browser/ does.
"""

import datetime
import functools
import os
import threading
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

BASE_URL = "https://archive.vet-web.example/"
ENDED = "2026-12-31"
# Playwright's sync API runs an event loop in this thread (see tests/browser/conftest.py).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    """After the other tests (the browser tests go last whichever hook runs first): the build
    commits to the session's database, as tests/browser/ does."""
    archive_tests = [item for item in items if "/tests/archive/" in str(item.path).replace("\\", "/")]
    items[:] = [item for item in items if item not in archive_tests] + archive_tests


@dataclass
class Built:
    folder: Path
    report: object  # static_archive.build.Report
    builder: object  # the static_archive.build.Archive that wrote it (its crawl is kept)
    added: tuple  # (downloads, searches) the build counted: none


@pytest.fixture(scope="session")
def archive(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo's archive, built once per session, as `archive_site` builds it."""
    from resources.models import ResourceDownload, ToolkitPack
    from search.models import SearchQueryLog
    from static_archive.build import Archive

    folder = tmp_path_factory.mktemp("archive") / "site"
    with django_db_blocker.unblock():
        counted = ResourceDownload.objects.count(), SearchQueryLog.objects.count()
        packs = set(ToolkitPack.objects.values_list("pk", flat=True))
        builder = Archive(folder, BASE_URL, datetime.date.fromisoformat(ENDED))
        report = builder.build()
        added = (
            ResourceDownload.objects.count() - counted[0],
            SearchQueryLog.objects.count() - counted[1],
        )
        ToolkitPack.objects.exclude(pk__in=packs).delete()  # the packs the build made, for tests after
    return Built(folder, report, builder, added)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="session")
def static_server(archive, tmp_path_factory):
    """http.server over a folder holding the archive twice: at the root of its own folder and at
    the sub-path /old-sites/vet-web/ (a symbolic link), as a host would publish it."""
    folder = archive.folder
    root = tmp_path_factory.mktemp("served")
    (root / "old-sites").mkdir()
    (root / "old-sites" / "vet-web").symlink_to(folder, target_is_directory=True)
    handler = functools.partial(QuietHandler, directory=str(folder))
    sub_handler = functools.partial(QuietHandler, directory=str(root))
    servers = [
        ThreadingHTTPServer(("127.0.0.1", 0), handler),
        ThreadingHTTPServer(("127.0.0.1", 0), sub_handler),
    ]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    yield tuple(f"http://127.0.0.1:{server.server_address[1]}" for server in servers)
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def archive_page(browser, static_server):
    """One browser tab on the static server; requests to any other host are refused and listed."""
    origin = static_server[0]
    context = browser.new_context(base_url=origin, viewport={"width": 1280, "height": 900})
    foreign = []

    def route(route):
        if route.request.url.startswith(("http://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            foreign.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.foreign_requests = foreign
    yield page
    context.close()


def files(folder, pattern):
    return sorted(Path(folder).rglob(pattern))
