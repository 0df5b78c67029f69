"""The page cache keys on what a page shows: junk parameters, previews and a missing shared cache
cannot fill it with wrong or useless copies."""

import pytest

from django.core import checks
from django.db import connection
from django.test.utils import CaptureQueriesContext

from caching.checks import page_cache_is_shared
from core.listing import understood_parameters
from home.models import StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def test_unknown_query_parameters_make_no_new_entries(client):
    client.get("/en/about/")
    for number in range(3):
        response = client.get(f"/en/about/?utm_source=junk{number}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response, "served fresh, never stored"
    assert client.get("/en/about/")["X-Page-Cache"] == "hit"


def test_the_same_parameters_in_another_order_share_one_entry(client):
    assert client.get("/en/resources/?q=eqf&framework=eqf")["X-Page-Cache"] == "miss"
    assert client.get("/en/resources/?framework=eqf&q=eqf&q=")["X-Page-Cache"] == "hit"


def test_over_long_values_are_not_stored(client):
    assert "X-Page-Cache" not in client.get("/en/resources/", {"q": "x" * 300})


def test_searches_are_never_stored_so_each_is_counted(client):
    first = client.get("/en/search/", {"q": "eqf"})
    assert "X-Page-Cache" not in client.get("/en/search/", {"q": "eqf"})
    assert "private" in first["Cache-Control"]


def test_http_and_https_are_cached_separately(client):
    client.get("/en/about/")
    response = client.get("/en/about/", secure=True)
    assert response["X-Page-Cache"] == "miss"
    assert b"https://testserver/en/about/" in response.content


def test_a_preview_shows_the_draft_even_when_the_live_page_is_cached(client):
    site_host = {"HTTP_HOST": "localhost"}  # the host a preview request is made for
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    about.title = "About VET-WEB, draft for review"
    about.save_revision()  # not published: visitors still get the live page
    assert client.get("/en/about/", **site_host)["X-Page-Cache"] == "miss"

    preview = about.get_latest_revision_as_object().make_preview_request()

    assert "About VET-WEB, draft for review" in preview.content.decode()
    assert "draft for review" not in client.get("/en/about/", **site_host).content.decode()


def test_visitors_see_no_cache_header_outside_debug(client, settings):
    settings.PAGE_CACHE_DEBUG_HEADER = False
    first = client.get("/en/about/")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/en/about/")
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
    assert len(queries) == 0, "still served from the cache"


def test_the_site_refuses_a_page_cache_kept_in_each_process(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert [error.id for error in page_cache_is_shared()] == ["caching.E001"]
    assert "caching.E001" in [error.id for error in checks.run_checks(tags=[checks.Tags.caches])]

    settings.PAGE_CACHE_SECONDS = 0
    assert page_cache_is_shared() == []


@pytest.mark.parametrize(
    "backend", ["caching.backend.ForgivingRedisCache", "django.core.cache.backends.filebased.FileBasedCache"]
)
def test_a_cache_every_process_shares_satisfies_the_check(settings, backend):
    settings.CACHES = {"default": {"BACKEND": backend, "LOCATION": "redis://x"}}
    assert page_cache_is_shared() == []


def test_the_cache_keys_on_every_parameter_the_listings_read():
    assert understood_parameters() == {
        *("page", "q", "kind", "sort"),  # paging, site search, library search
        *("tag", "work_package", "type", "year"),  # news and events
        *("framework", "audience", "eqf", "language"),  # library facets
        *("country", "role", "city"),  # mobility stories and the network directory
    }
