"""Every change a visitor can see leaves the edge (CDN or Varnish) at once, in every language, once
its transaction commits, whatever made it; what a visitor sends (a form, a download) purges nothing."""

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
from wagtail.models import Page, PageViewRestriction, Site

from home.models import FooterLinks, NewsIndexPage, NewsPage, StandardPage
from resources.models import Resource, ResourceFile, ResourceLibraryPage
from tests.factories.home import NewsPageFactory, StandardPageFactory

PURGED = []
LANGUAGES = ("en", "sq", "cnr", "it")


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


def paths(urls):
    """The paths of purged URLs (http://localhost/en/about/ -> /en/about/)."""
    return {"/" + url.split("/", 3)[3] for url in urls}


@pytest.fixture
def about_pages(db):
    return {
        p.locale.language_code: p for p in StandardPage.objects.filter(slug="about").select_related("locale")
    }


def test_publishing_a_page_purges_it_its_listing_api_record_and_sitemap_in_every_language(purged, committed):
    english = NewsPage.objects.filter(locale__language_code="en").first()
    translations = list(english.get_translations(inclusive=True).specific())
    english.title = "Edited news item"
    with committed():
        english.save_revision().publish()

    found = paths(purged)
    assert {page.locale.language_code for page in translations} == set(LANGUAGES)
    for page in translations:
        assert {page.url, page.get_parent().url, f"/api/v2/pages/{page.pk}/"} <= found, page.locale
    assert "/sitemap.xml" in found
    assert "/en/resources/" not in found  # a page that does not show it stays at the edge


def test_publishing_a_page_of_the_main_menu_purges_every_public_page(purged, committed, about_pages):
    with committed():
        about_pages["en"].save_revision().publish()

    found = paths(purged)
    assert {page.url for page in Page.objects.live().public().filter(depth__in=[2, 3])} <= found
    assert {page.url for page in about_pages.values()} <= found


def test_unpublishing_a_news_item_purges_it_the_news_listing_and_its_feed(purged, committed):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    page = NewsPageFactory(parent=index, title="Withdrawn call")
    PURGED.clear()
    with committed():
        page.unpublish()

    assert {page.url, index.url, f"{index.url}feed/"} <= paths(purged)


def test_a_scheduled_publish_purges_the_page_with_no_web_request(purged, committed):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    page = NewsPageFactory(parent=index, live=False)
    page.go_live_at = timezone.now() - datetime.timedelta(seconds=1)
    with committed():
        page.save_revision(approved_go_live_at=page.go_live_at)
    PURGED.clear()
    with committed():
        call_command("publish_scheduled", stdout=io.StringIO())

    assert {page.url, index.url, f"{index.url}feed/"} <= paths(purged)


def test_publishing_a_library_entry_purges_every_library_and_its_page_there(purged, committed):
    entry = Resource.objects.get(slug="eqavet-indicators-workbook", locale__language_code="en")
    entry.title = "EQAVET indicators workbook (2nd edition)"
    with committed():
        entry.save_revision().publish()

    found = paths(purged)
    for library in ResourceLibraryPage.objects.live():
        assert {library.url, f"{library.url}eqavet-indicators-workbook/", f"{library.url}feed/"} <= found
    assert "/en/about/" not in found


def test_a_draft_of_a_library_entry_purges_nothing(purged, committed):
    entry = Resource.objects.get(slug="eqavet-indicators-workbook", locale__language_code="en")
    entry.title = "Not yet approved"
    with committed():
        entry.save_revision()

    assert purged == []


def test_replacing_a_document_purges_it_and_the_library_entries_offering_it(purged, committed):
    attached = ResourceFile.objects.filter(
        document__isnull=False, resource__locale__language_code="en"
    ).first()
    entry = attached.resource
    document = get_document_model().objects.get(pk=attached.document_id)
    document.title = "Replaced file"
    with committed():
        document.save()

    found = paths(purged)
    assert document.url in found
    library = ResourceLibraryPage.objects.live().get(locale__language_code="en")
    assert f"{library.url}{entry.slug}/" in found


def test_changing_the_footer_links_purges_every_public_page(purged, committed, about_pages):
    footer = FooterLinks.for_site(Site.objects.get(is_default_site=True))
    with committed():
        footer.save()

    found = paths(purged)
    assert {page.url for page in about_pages.values()} <= found
    assert {page.url for page in Page.objects.live().public().filter(depth=2)} <= found


def test_a_purge_waits_for_the_commit_and_a_rolled_back_change_purges_nothing(purged, about_pages):
    with transaction.atomic():
        about_pages["en"].save_revision().publish()
        assert purged == []
        transaction.set_rollback(True)
    assert purged == []


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


def test_varnish_receives_one_purge_per_url_with_the_sites_host(
    settings, committed, purge_endpoint, about_pages
):
    location, received = purge_endpoint
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": location}
    }
    with committed():
        about_pages["en"].save_revision().publish()

    assert {"/en/about/", "/sq/about/", "/cnr/about/", "/it/about/", "/en/", "/it/"} <= {
        p for _h, p in received
    }
    assert {host for host, _path in received} == {"localhost"}


def test_moving_a_page_purges_its_old_and_new_address_and_both_listings(purged, committed, about_pages):
    about = about_pages["en"]
    old_parent = StandardPageFactory(parent=about, title="Old section", slug="old-section")
    new_parent = StandardPageFactory(parent=about, title="New section", slug="new-section")
    page = StandardPageFactory(parent=old_parent, title="Moving page", slug="moving-page")
    PURGED.clear()
    with committed():
        page.move(new_parent, pos="last-child")

    found = paths(purged)
    assert {"/en/about/old-section/moving-page/", "/en/about/new-section/moving-page/"} <= found
    assert {"/en/about/old-section/", "/en/about/new-section/"} <= found


def test_renaming_a_page_purges_its_old_address(purged, committed, about_pages):
    page = StandardPageFactory(parent=about_pages["en"], title="Team", slug="team")
    PURGED.clear()
    page.slug = "people"
    with committed():
        page.save_revision().publish()

    assert {"/en/about/team/", "/en/about/people/", "/en/about/"} <= paths(purged)


def test_making_a_page_private_purges_it_the_pages_below_it_and_its_listing(purged, committed, about_pages):
    about = about_pages["en"]
    section = StandardPageFactory(parent=about, title="Members area", slug="members")
    below = StandardPageFactory(parent=section, title="Minutes", slug="minutes")
    PURGED.clear()
    with committed():
        PageViewRestriction.objects.create(page=section, restriction_type="password", password="x")

    assert {"/en/about/members/", "/en/about/members/minutes/", "/en/about/"} <= paths(purged)
    assert below.url == "/en/about/members/minutes/"
