"""Whole-page cache: anonymous visitors get cached pages per language; publishing, unpublishing
and translating clear it; editors always see the current page."""

import pytest

from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.forms.models import FormSubmission

from caching.pages import PageCacheMiddleware
from contact.models import ContactPage, NewsletterSubscriber
from demand.models import ReuseReport
from demo.public_urls import public_urls
from home.models import StandardPage
from resources.models import Resource, ResourceDownload
from search.models import SearchQueryLog

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def test_a_second_anonymous_visit_is_served_from_the_cache_without_queries(client):
    for target in public_urls("sq", include_feeds=False, include_missing=False):
        first = client.get(target.url)
        if b'name="csrfmiddlewaretoken"' in first.content or "/search/" in target.url:
            # A form with this visitor's CSRF token (contact, join the network), or a search (each
            # one is counted): never stored.
            assert "private" in first["Cache-Control"], target
            assert client.get(target.url).get("X-Page-Cache") != "hit", target
            continue
        assert first["X-Page-Cache"] == "miss", target
        with CaptureQueriesContext(connection) as queries:
            second = client.get(target.url)
        assert second["X-Page-Cache"] == "hit", target
        assert len(queries) == 0, target
        assert second.content == first.content


def test_each_language_and_query_is_cached_separately(client):
    english = client.get("/en/about/")
    albanian = client.get("/sq/about/")
    assert english.content != albanian.content
    assert client.get("/en/search/?q=eqf").content != client.get("/en/search/?q=europass").content


def test_publishing_a_change_replaces_the_cached_page(client):
    client.get("/en/about/")
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    about.title = "About VET-WEB, freshly edited"
    about.save_revision().publish()
    response = client.get("/en/about/")
    assert response["X-Page-Cache"] == "miss"
    assert b"About VET-WEB, freshly edited" in response.content


def test_an_editors_draft_of_a_page_or_library_entry_keeps_the_cached_pages(client):
    """Autosave and "Save draft" write revisions and the search indexes; visitors see none of it."""
    from resources.models import Resource

    client.get("/en/about/")
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    about.title = "About VET-WEB, not yet approved"
    about.save_revision()
    entry = Resource.objects.filter(locale__language_code="en").first()
    entry.title = "Not yet approved either"
    entry.save_revision()

    response = client.get("/en/about/")
    assert response["X-Page-Cache"] == "hit"
    assert b"not yet approved" not in response.content


def test_unpublishing_a_page_removes_it_from_the_cache(client):
    assert client.get("/it/privacy/").status_code == 200
    StandardPage.objects.get(slug="privacy", locale__language_code="it").unpublish()
    assert client.get("/it/privacy/").status_code == 404


def test_publishing_a_translation_replaces_the_cached_page(client):
    client.get("/cnr/accessibility/")
    page = StandardPage.objects.get(slug="accessibility", locale__language_code="cnr")
    page.title = "Izjava o pristupačnosti (nova)"
    page.save_revision().publish()
    assert "Izjava o pristupačnosti (nova)" in client.get("/cnr/accessibility/").content.decode()


def test_signed_in_editors_always_get_a_fresh_page(admin_client):
    admin_client.get("/en/")
    response = admin_client.get("/en/")
    assert "X-Page-Cache" not in response


def test_errors_and_redirects_are_not_cached(client):
    client.get("/en/no-such-page/")
    assert "X-Page-Cache" not in client.get("/en/no-such-page/")
    assert "X-Page-Cache" not in client.get("/")


def test_messages_signups_and_counts_from_the_public_keep_the_cached_pages(client):
    """A burst of contact messages, applications, newsletter signups, reports of use, translation
    requests, downloads or searches must not empty the cache for everyone: what a public request
    writes never moves the content generation."""
    from tests.contact.test_contact_form import MESSAGE
    from tests.demand import test_reuse_reports as reuse
    from tests.demand import test_translation_requests as translation_requests
    from tests.network.test_join import APPLICATION

    entry = Resource.objects.get(slug=reuse.SLUG, locale__language_code="sq")
    english_only = Resource.objects.get(slug=translation_requests.ENGLISH_ONLY, locale__language_code="en")
    downloads = ResourceDownload.objects.count()
    client.get("/en/about/")
    client.post("/en/newsletter/", {"email": "reader@example.org", "website": ""})
    client.post("/en/contact/", MESSAGE)
    client.post("/en/network/join/", APPLICATION)
    reuse.report(client, entry)
    translation_requests.post(client, english_only)
    client.get(f"/sq/resources/{translation_requests.TRANSLATED}/download/", REMOTE_ADDR="198.51.100.1")
    client.get("/en/search/", {"q": "quality"})

    assert NewsletterSubscriber.objects.filter(email="reader@example.org").exists()
    assert FormSubmission.objects.exists()
    assert ReuseReport.objects.filter(translation_key=entry.translation_key).exists()
    assert translation_requests.requests_for(english_only) == 1
    assert ResourceDownload.objects.count() == downloads + 1
    assert SearchQueryLog.objects.exists()
    assert client.get("/en/about/")["X-Page-Cache"] == "hit"


def test_the_same_rows_written_from_a_shell_drop_the_cached_pages(client):
    """Outside a public request (a shell, a command, the admin) a write may change what pages show."""
    client.get("/en/about/")
    FormSubmission.objects.create(page=ContactPage.objects.live().first(), form_data={"message": "Hello"})
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"


def test_a_page_holding_a_visitors_csrf_token_is_never_stored(rf):
    """Whatever its headers say: the next visitor would get this visitor's token and a refused form."""

    def page_with_a_form(request):
        return HttpResponse(
            f'<form method="post"><input name="csrfmiddlewaretoken" value="{get_token(request)}">'
        )

    middleware = PageCacheMiddleware(page_with_a_form)
    first, second = (middleware(rf.get("/en/contact/")) for _ in range(2))
    assert first.content != second.content
    assert second.get("X-Page-Cache") != "hit"
