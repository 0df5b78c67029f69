"""Health check, robots.txt and the multilingual sitemap."""

import xml.etree.ElementTree as ET

from django.db import DatabaseError

from wagtail.models import Page

from core.translation_state import not_translated
from resources.models import Resource
from tests.factories.home import StandardPageFactory

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_healthz_reports_the_database(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_healthz_fails_when_the_database_is_unreachable(client, db, monkeypatch):
    class UnreachableDatabase:
        def cursor(self):
            raise DatabaseError("connection refused")

    monkeypatch.setattr("health.views.connection", UnreachableDatabase())
    assert client.get("/healthz").status_code == 503


def test_robots_txt_points_to_the_sitemap_and_keeps_robots_out_of_admin(client, db):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_sitemap_lists_every_live_page_in_every_language_with_alternates(client, db):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = {u.find("s:loc", NS).text: u for u in root.findall("s:url", NS)}
    live_pages = Page.objects.live().public().filter(depth__gt=1).exclude(not_translated(Page)).count()
    entries = Resource.objects.exclude(not_translated(Resource)).count()  # every language has a library
    assert len(urls) == live_pages + entries
    about = urls["http://testserver/sq/about/"]
    alternates = {link.get("hreflang"): link.get("href") for link in about.findall("x:link", NS)}
    assert alternates == {
        "x-default": "http://testserver/en/about/",
        "en": "http://testserver/en/about/",
        "sq": "http://testserver/sq/about/",
        "cnr": "http://testserver/cnr/about/",
        "it": "http://testserver/it/about/",
    }


def test_home_page_query_count_does_not_grow_with_menu_items(assert_queries_constant, home_page):
    def add_menu_items(count, start):
        for number in range(start, start + count):
            StandardPageFactory(parent=home_page, show_in_menus=True, slug=f"menu-{number}")

    assert_queries_constant("/en/", add_menu_items, sizes=(0, 10))
