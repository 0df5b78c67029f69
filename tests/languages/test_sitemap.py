"""The sitemap lists every public page and library entry with its real alternates and x-default."""

import xml.etree.ElementTree as ET

from resources.models import Resource

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def urls_of(response):
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_library_entries_are_listed_with_their_translations_and_x_default(client, db):
    urls = urls_of(client.get("/sitemap.xml"))
    resource = Resource.objects.filter(locale__language_code="sq").select_related("locale").first()
    location = f"http://testserver/sq/resources/{resource.slug}/"
    assert location in urls
    english = Resource.objects.get(translation_key=resource.translation_key, locale__language_code="en")
    assert urls[location]["x-default"] == f"http://testserver/en/resources/{english.slug}/"
    assert urls[location]["sq"] == location
    resource_urls = [url for url in urls if "/resources/" in url and not url.endswith("/resources/")]
    assert len(resource_urls) >= Resource.objects.filter(locale__language_code="en").count()


def test_every_page_has_x_default_pointing_at_english(client, db):
    urls = urls_of(client.get("/sitemap.xml"))
    assert urls["http://testserver/it/about/"]["x-default"] == "http://testserver/en/about/"


def test_past_the_limit_the_sitemap_becomes_an_index_of_sections(client, db, settings):
    everything = urls_of(client.get("/sitemap.xml"))
    settings.SITEMAP_MAX_URLS = 50
    index = ET.fromstring(client.get("/sitemap.xml").content)
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    sections = [loc.text for loc in index.findall("s:sitemap/s:loc", NS)]
    assert len(sections) == -(-len(everything) // 50)
    collected = {}
    for section in sections:
        part = urls_of(client.get(section.removeprefix("http://testserver")))
        assert len(part) <= 50
        collected.update(part)
    assert collected == everything
    assert client.get(f"/sitemap-{len(sections) + 1}.xml").status_code == 404
    assert client.get("/sitemap-0.xml").status_code == 404
