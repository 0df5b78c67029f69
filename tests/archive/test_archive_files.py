"""The archive as files: every page of every language, links that resolve inside the folder, feeds
and calendars that parse, honest notices where the live site needed a server, and no counting."""

import io
import re
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import feedparser
import icalendar
import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext

from tests.site_languages import LANGUAGES

from .conftest import BASE_URL, files

pytestmark = pytest.mark.django_db
URL_ATTRIBUTES = (("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"), ("source", "src"))


def internal_targets(html_file, root):
    """Every link, asset and form action of a page that stays inside the archive, as a file path."""
    soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
    values = [
        tag[attribute]
        for name, attribute in URL_ATTRIBUTES
        for tag in soup.find_all(name, **{attribute: True})
    ]
    values += [form.get("action", "") for form in soup.find_all("form")]
    values += [
        candidate.split()[0]
        for tag in soup.find_all(["img", "source"], srcset=True)
        for candidate in tag["srcset"].split(",")
        if candidate.strip()
    ]
    for value in values:
        parts = urlsplit(value)
        if parts.scheme or parts.netloc or not parts.path or value.startswith("#"):
            continue
        if parts.path.startswith("/"):  # rooted at the base path (404 pages): "/" here
            yield value, root / unquote(parts.path).lstrip("/")
        else:
            yield value, (html_file.parent / unquote(parts.path)).resolve()


def test_the_command_prints_size_and_time(monkeypatch, tmp_path):
    from static_archive.build import Archive, Report

    def build(self):
        assert self.base_url == BASE_URL and self.facts["ended"].isoformat() == "2026-12-31"
        phases = {"render": 50.0, "write": 10.0, "index": 20.0}
        return Report(9, 12_345_678, 80.4, 70.2, 400, [("/en/gone/", 500)], phases)

    monkeypatch.setattr(Archive, "build", build)
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "archive_site", str(tmp_path), "--base-url", BASE_URL, "--ended", "2026-12-31", stdout=out, stderr=err
    )
    assert "9 files, 12.3 MB, 400 pages, built in 80 s, 70 s of CPU" in out.getvalue()
    assert "not archived: /en/gone/ (the site answered 500)" in err.getvalue()


def test_every_language_is_written_with_its_404_and_search_pages(archive):
    folder = archive.folder
    for language in LANGUAGES:
        assert (folder / language / "index.html").exists()
        assert (folder / language / "404.html").exists()
        assert (folder / language / "search" / "pagefind" / "pagefind.js").exists()
    for name in ("index.html", "404.html", "sitemap.xml", "robots.txt"):
        assert (folder / name).exists(), name
    assert archive.report.broken == []


def test_every_internal_link_and_asset_of_every_page_resolves(archive):
    folder = archive.folder
    pages = files(folder, "*.html")
    assert len(pages) > 300
    broken = [
        f"{page.relative_to(folder)}: {value}"
        for page in pages
        if "pagefind" not in page.parts
        for value, target in internal_targets(page, folder)
        if not target.is_file()
    ]
    assert broken == [], f"{len(broken)} broken links, first: {broken[:10]}"


def test_links_name_their_file_so_the_folder_works_from_disk(archive):
    folder = archive.folder
    home = (folder / "en" / "index.html").read_text()
    assert 'href="news/index.html"' in home
    assert 'href="/en/' not in home  # no link rooted at the domain


def test_posting_forms_became_a_note_with_the_contact_address_and_no_token_remains(archive):
    folder = archive.folder
    for page in files(folder, "*.html"):
        text = page.read_text(encoding="utf-8")
        assert "csrfmiddlewaretoken" not in text, page
        assert not re.search(r'<form[^>]*method="post"', text, re.IGNORECASE), page
    contact = (folder / "sq" / "contact" / "index.html").read_text()
    assert f"mailto:{settings.CONTACT_EMAIL}" in contact
    assert 'class="archive-form-note' in contact


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_carries_the_banner_in_its_language_and_keeps_the_eu_emblem(archive, language):
    folder = archive.folder
    with translation.override(language):
        banner = gettext("This is the archive of VET-WEB (project ended %(ended)s); it is no longer updated.")
    start = banner.split("%(ended)s")[0]
    pages = [page for page in files(folder / language, "*.html") if "pagefind" not in page.parts]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert f'<html dir="ltr" lang="{language}">' in text or f'lang="{language}"' in text[:200], page
        assert start in text, page
        assert "eu-emblem.svg" in text and "eu-notice" in text, page


def test_building_counted_nothing(archive):
    assert archive.added == (0, 0)  # no download counted, no search logged


def test_feeds_parse_and_link_to_the_base_url(archive):
    folder = archive.folder
    feeds = [path for path in files(folder, "index.xml") if "feed" in path.parts]
    assert len(feeds) >= 2 * len(LANGUAGES)
    for path in feeds:
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        assert all(entry.link.startswith(BASE_URL) for entry in parsed.entries), path
    news = feedparser.parse((folder / "en" / "news" / "feed" / "index.xml").read_bytes())
    assert news.entries


def test_calendars_parse(archive):
    folder = archive.folder
    calendars = files(folder, "*.ics")
    assert len(calendars) >= len(LANGUAGES) * 2
    for path in calendars:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        events = calendar.walk("VEVENT")
        assert events, path
        assert all(event.get("UID") and event.get("DTSTAMP") for event in events), path


def test_packs_are_kept_as_zip_files(archive):
    folder = archive.folder
    packs = files(folder, "*.zip")
    assert packs
    for path in packs:
        with zipfile.ZipFile(path) as pack:
            assert pack.testzip() is None
            assert any(name.endswith("index.html") for name in pack.namelist())


def test_the_sitemap_and_robots_name_the_base_url(archive):
    folder = archive.folder
    sitemap = (folder / "sitemap.xml").read_text()
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locations and all(location.startswith(BASE_URL) for location in locations)
    for location in locations:  # each a folder of the archive, with its index.html
        path = Path(unquote(urlsplit(location).path).lstrip("/"))
        assert (folder / path / "index.html").exists() or (folder / path).is_file(), location
    assert f"Sitemap: {BASE_URL}sitemap.xml" in (folder / "robots.txt").read_text()
    assert "archive.invalid" not in sitemap


def test_the_root_offers_every_language(archive):
    root = (archive.folder / "index.html").read_text()
    for language in LANGUAGES:
        assert f'href="{language}/index.html"' in root
    assert 'http-equiv="refresh"' in root


def test_the_same_content_gives_the_same_bytes(archive, django_db_blocker, tmp_path):
    """Pages rendered again, rewritten again, and the search indexes written again are identical."""
    from resources.models import ToolkitPack
    from static_archive.build import OFFICE_TYPES, stable_office_file
    from static_archive.crawl import Crawler
    from static_archive.search_index import write_search_indexes

    builder = archive.builder
    kept = [url for url, item in sorted(builder.fetched.items()) if item.status == 200 and item.file]
    pages = [url for url in kept if builder.fetched[url].is_html]
    others = [
        url
        for url in kept
        if not builder.fetched[url].is_html and not url.startswith(("/static/", "/media/"))
    ]
    sample = pages[:: max(1, len(pages) // 25)] + others[:: max(1, len(others) // 25)]
    sample += [url for url in others if "/results/" in url]  # the exports, written with a time in them
    with django_db_blocker.unblock(), builder.rendering():
        packs = set(ToolkitPack.objects.values_list("pk", flat=True))
        crawler = Crawler(on_accepted=builder._on_accepted)  # a pack is built again as in the build
        again = {url: crawler.fetch(*(url.split("?", 1) + [""])[:2]) for url in sample}
        ToolkitPack.objects.exclude(pk__in=packs).delete()
    for url, item in again.items():
        item.file = builder.fetched[url].file
        language = url.strip("/").split("/")[0]
        if item.is_html:
            content = builder.rewriter.html(item, language).encode()
        elif item.content_type.startswith(OFFICE_TYPES):
            content = stable_office_file(item.body, builder.facts["ended"])
        elif item.is_text:
            content = builder.rewriter.absolute(item.body.decode()).encode()
        else:
            content = item.body
        assert content == (archive.folder / item.file).read_bytes(), url
    with django_db_blocker.unblock():
        write_search_indexes(tmp_path, builder.fetched, builder.search_files)
    for language in LANGUAGES:
        first, second = (root / language / "search" / "pagefind" for root in (archive.folder, tmp_path))
        names = sorted(path.relative_to(first) for path in first.rglob("*") if path.is_file())
        assert names == sorted(path.relative_to(second) for path in second.rglob("*") if path.is_file())
        assert all((first / name).read_bytes() == (second / name).read_bytes() for name in names), language


def test_search_records_mark_the_language_a_page_reads_in(archive):
    """A record says `lang` only when its page reads in another language than the index's."""
    from static_archive.search_index import records

    for language in LANGUAGES:
        for record in records(language, archive.builder.fetched, archive.builder.search_files[language]):
            marked = record["meta"].get("lang")
            assert marked != language
            search_folder = Path(archive.builder.search_files[language]).parent
            page = archive.folder / search_folder / record["url"]
            main = BeautifulSoup(page.resolve().read_text(encoding="utf-8"), "html.parser").find("main")
            if marked:
                assert main.find(attrs={"lang": marked}), record["url"]
    assert not any(
        record["meta"].get("lang")
        for record in records("en", archive.builder.fetched, archive.builder.search_files["en"])
    )
