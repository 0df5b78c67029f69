"""The site of a request and the sites' root paths (core/sites.py) are Wagtail's own answers: the
same site for every hostname and port, the same root paths in the same order, in one query."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Site

from core.sites import live_home_pages, site_for

pytestmark = pytest.mark.django_db

HOSTS = ["localhost", "testserver", "vet-web.example", "other.example", "unknown.example", "LOCALHOST"]
PORTS = ["80", "443", "8000"]


def wagtails_answers(host, port):
    """What Wagtail finds for the request, asked the usual way (its cache of root paths emptied)."""
    cache.clear()
    request = RequestFactory().get("/", HTTP_HOST=f"{host}:{port}", SERVER_PORT=port)
    site = Site.find_for_request(request)
    return site, Site.get_site_root_paths()


def ours(host, port):
    request = RequestFactory().get("/", HTTP_HOST=f"{host}:{port}", SERVER_PORT=port)
    site = site_for(request)
    assert Site.find_for_request(request) is site  # Wagtail reads what we left on the request
    return site, request._wagtail_cached_site_root_paths


def assert_same_as_wagtail():
    for host in HOSTS:
        for port in PORTS:
            expected_site, expected_paths = wagtails_answers(host, port)
            site, paths = ours(host, port)
            assert site == expected_site, (host, port)
            assert paths == expected_paths, (host, port)


def test_the_demo_site_is_found_as_wagtail_finds_it():
    assert_same_as_wagtail()


def test_several_sites_on_hostnames_and_ports_are_told_apart_as_wagtail_does():
    english_home = Page.objects.get(depth=2, locale__language_code="en")
    other_root = Page.objects.get(depth=1).add_child(title="Other site", slug="other-site")
    Site.objects.create(hostname="vet-web.example", port=443, root_page=english_home)
    Site.objects.create(hostname="vet-web.example", port=8000, root_page=other_root)
    Site.objects.create(hostname="other.example", port=80, root_page=other_root)

    assert_same_as_wagtail()


def test_without_a_default_site_an_unknown_host_finds_none_as_in_wagtail():
    Site.objects.update(is_default_site=False)
    # Each on a root of its own: Wagtail leaves the order of sites with the same root unsaid.
    tree = Page.objects.get(depth=1)
    other_root = tree.add_child(title="Other site", slug="other-site")
    secure_root = tree.add_child(title="Secure site", slug="secure-site")
    Site.objects.create(hostname="other.example", port=8000, root_page=other_root)
    Site.objects.create(hostname="other.example", port=443, root_page=secure_root)

    assert_same_as_wagtail()
    assert ours("unknown.example", "80")[0] is None


def test_a_junk_forwarded_port_is_no_server_error(client, settings):
    settings.USE_X_FORWARDED_PORT = True
    response = client.get("/en/", HTTP_X_FORWARDED_PORT="abc")

    assert response.status_code < 500


def test_a_request_asks_one_query_for_its_site_and_root_paths_and_links_ask_none():
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    home = Page.objects.get(depth=2, locale__language_code="sq")
    with CaptureQueriesContext(connection) as asked:
        site_for(request)
        site_for(request)
        Site.find_for_request(request)
        assert home.get_url(request) == "/sq/"

    assert len(asked) == 1


def test_the_home_pages_of_the_requests_site_are_those_wagtail_links_to_and_live():
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    homes = Page.objects.filter(depth=2)
    expected = {home.locale.language_code: home.get_url(request) for home in homes}
    assert live_home_pages(request) == expected

    homes.filter(locale__language_code="cnr").update(live=False)
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    assert "cnr" not in live_home_pages(request)
