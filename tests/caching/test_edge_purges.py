"""Every change a visitor can see empties the edge (CDN or Varnish) once its transaction commits,
whatever made it, as it empties the origin's page cache; what a visitor sends (a form, a download)
purges nothing. The edge gets one purge of the whole site per commit: `<site root>/*`."""

import datetime
import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction, Site

from home.models import FooterLinks, NewsIndexPage, NewsPage, StandardPage
from resources.models import Resource, ResourceFile
from tests.factories.home import NewsPageFactory, StandardPageFactory

PURGED = []
THE_WHOLE_SITE = ["http://localhost/*"]  # the seeded Site's root URL


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def purged(settings, db):
    settings.WAGTAILFRONTENDCACHE = {"recording": {"BACKEND": f"{__name__}.RecordingBackend"}}
    PURGED.clear()
    yield PURGED
    PURGED.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed():` runs what an edit does once its transaction commits (the purge)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def about_pages(db):
    return {
        p.locale.language_code: p for p in StandardPage.objects.filter(slug="about").select_related("locale")
    }


def test_publishing_a_page_purges_the_whole_site_once(purged, committed):
    english = NewsPage.objects.filter(locale__language_code="en").first()
    english.title = "Edited news item"
    with committed():
        english.save_revision().publish()

    assert purged == THE_WHOLE_SITE


def test_unpublishing_a_news_item_purges_the_site(purged, committed):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    page = NewsPageFactory(parent=index, title="Withdrawn call")
    PURGED.clear()
    with committed():
        page.unpublish()

    assert purged == THE_WHOLE_SITE


def test_a_scheduled_publish_purges_the_site_with_no_web_request(purged, committed):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    page = NewsPageFactory(parent=index, live=False)
    page.go_live_at = timezone.now() - datetime.timedelta(seconds=1)
    with committed():
        page.save_revision(approved_go_live_at=page.go_live_at)
    PURGED.clear()
    with committed():
        call_command("publish_scheduled", stdout=io.StringIO())

    assert purged == THE_WHOLE_SITE


def test_publishing_a_library_entry_purges_the_site(purged, committed):
    entry = Resource.objects.get(slug="eqavet-indicators-workbook", locale__language_code="en")
    entry.title = "EQAVET indicators workbook (2nd edition)"
    with committed():
        entry.save_revision().publish()

    assert purged == THE_WHOLE_SITE


def test_a_draft_of_a_library_entry_or_a_page_purges_nothing(purged, committed, about_pages):
    entry = Resource.objects.get(slug="eqavet-indicators-workbook", locale__language_code="en")
    entry.title = "Not yet approved"
    about_pages["en"].title = "Not yet approved either"
    with committed():
        entry.save_revision()
        about_pages["en"].save_revision()

    assert purged == []


def test_replacing_a_document_purges_the_site(purged, committed):
    attached = ResourceFile.objects.filter(document__isnull=False).first()
    document = get_document_model().objects.get(pk=attached.document_id)
    document.title = "Replaced file"
    with committed():
        document.save()

    assert purged == THE_WHOLE_SITE


def test_changing_the_footer_links_purges_the_site(purged, committed):
    footer = FooterLinks.for_site(Site.objects.get(is_default_site=True))
    with committed():
        footer.save()

    assert purged == THE_WHOLE_SITE


def test_a_purge_waits_for_the_commit_and_a_rolled_back_change_purges_nothing(purged, about_pages):
    with transaction.atomic():
        about_pages["en"].save_revision().publish()
        assert purged == []
        transaction.set_rollback(True)
    assert purged == []


def test_a_change_after_a_rolled_back_one_is_purged(purged, committed, about_pages):
    with committed(), transaction.atomic():
        with transaction.atomic():
            about_pages["en"].save_revision().publish()
            transaction.set_rollback(True)
        about_pages["sq"].save_revision().publish()

    assert purged == THE_WHOLE_SITE


def test_every_site_is_purged(purged, committed, about_pages):
    home = Site.objects.get(is_default_site=True).root_page
    Site.objects.create(hostname="vet-web.example", port=443, root_page=home)
    PURGED.clear()
    with committed():
        about_pages["en"].save_revision().publish()

    assert sorted(purged) == ["http://localhost/*", "https://vet-web.example/*"]


def test_a_contact_message_or_a_download_purges_nothing(purged, client, committed):
    with committed():
        client.post(
            "/en/contact/",
            {
                "your_name": "Ana Trainer",
                "your_e_mail_address": "ana@example.org",
                "your_organisation": "A VET school",
                "your_message": "Is the guide available in print?",
            },
        )
        client.get("/en/resources/eqavet-indicators-workbook/download/")

    assert purged == []


def test_nothing_is_purged_without_an_edge(settings, committed, about_pages):
    settings.WAGTAILFRONTENDCACHE = {}
    PURGED.clear()
    with committed():
        about_pages["en"].save_revision().publish()
    assert PURGED == []


def test_dropping_the_page_cache_after_a_restore_purges_the_edge(purged, committed):
    with committed():
        call_command("drop_page_cache", stdout=io.StringIO())

    assert purged == THE_WHOLE_SITE


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


def test_varnish_receives_one_purge_of_the_whole_site_with_the_sites_host(
    settings, committed, purge_endpoint, about_pages
):
    location, received = purge_endpoint
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": location}
    }
    with committed():
        about_pages["en"].save_revision().publish()

    assert received == [("localhost", "/*")]


@pytest.mark.parametrize("change", ["move", "private"])
def test_moving_a_page_or_making_it_private_purges_the_site(purged, committed, about_pages, change):
    about = about_pages["en"]
    section = StandardPageFactory(parent=about, title="Members area", slug="members")
    page = StandardPageFactory(parent=about, title="Moving page", slug="moving-page")
    PURGED.clear()
    with committed():
        if change == "move":
            page.move(section, pos="last-child")
        else:
            PageViewRestriction.objects.create(page=section, restriction_type="password", password="x")

    assert purged == THE_WHOLE_SITE
