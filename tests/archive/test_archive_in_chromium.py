"""The archive served by a plain static file server (no Django), and opened from disk, in Chromium:
pages and assets load, languages are right, axe-core finds nothing, search works without a server."""

import json
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from django.utils import translation
from django.utils.translation import gettext

from demo.public_urls import public_urls
from static_archive.crawl import kept_query
from tests.site_languages import LANGUAGES

from .conftest import BASE_URL

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}
QUERIES = json.loads(
    (Path(__file__).resolve().parents[2] / "search" / "quality" / "queries.json").read_text()
)
axe = Axe()


def archived_file(archive, url):
    """The archive's file for a live URL (through redirects), or None where it keeps none."""
    parts = urlsplit(url)
    if parts.path.endswith("/search/"):
        found = archive.builder.fetched.get(parts.path)
        return found.file + (f"?{parts.query}" if parts.query else "")
    kept = kept_query(parts.query)
    if kept is None:
        return None
    found = archive.builder.rewriter.target(f"{parts.path}?{kept}" if kept else parts.path, "/")
    return found.file if found is not None and found.file else None


@pytest.fixture(scope="session")
def page_types(archive, django_db_blocker):
    """{language: [(label, archived file)]}: one page of each type (demo/public_urls.py)."""
    found = {}
    with django_db_blocker.unblock():
        for language in LANGUAGES:
            urls = public_urls(language, include_feeds=False, include_missing=False)
            found[language] = [(url.label, archived_file(archive, url.url)) for url in urls]
            found[language] = [(label, file) for label, file in found[language] if file]
            found[language].append(("404", f"{language}/404.html"))
    return found


def status_of(url):
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method="HEAD")) as response:  # noqa: S310 (local server)
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_loads_with_its_assets_language_banner_and_no_axe_violation(
    archive, archive_page, static_server, page_types, language
):
    page = archive_page
    with translation.override(language):
        banner = gettext("This is the archive of VET-WEB (project ended %(ended)s); it is no longer updated.")
    assert len(page_types[language]) >= 15
    problems, failed = [], []
    # A request cut short by going on to the next page (the search page's index fragments, still
    # loading on a busy machine) is not a broken file: a missing one answers 404 (below).
    page.on(
        "requestfailed", lambda request: request.failure != "net::ERR_ABORTED" and failed.append(request.url)
    )
    page.on("response", lambda response: response.status >= 400 and failed.append(response.url))
    for label, file in page_types[language]:
        response = page.goto(f"{static_server[0]}/{file}")
        assert response.status == 200, (label, file)
        page.wait_for_load_state("load")
        assert page.locator("html").get_attribute("lang") == language, file
        assert banner.split("%(ended)s")[0] in page.locator(".archive-banner").inner_text(), file
        assert page.locator(".eu-notice img[alt]").count() == 1, file
        if label != "404":
            hreflangs = page.eval_on_selector_all(
                "link[rel=alternate][hreflang]", "links => links.map(l => [l.hreflang, l.href])"
            )
            assert language in dict(hreflangs) or "(untranslated)" in label, (file, hreflangs)
            for _code, href in hreflangs:
                assert href.startswith(BASE_URL), href
                local = archive.folder / unquote(urlsplit(href).path).lstrip("/")
                assert (local / "index.html").exists() or local.is_file(), href
        links = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        for href in {link.split("#")[0] for link in links if link.startswith(static_server[0])}:
            if status_of(href) != 200:
                problems.append(f"{file}: broken link {href}")
        results = axe.run(page, options=WCAG_AA)
        problems += [f"{label} {file}: {v['id']} {v['help']}" for v in results.response["violations"]]
    assert not failed, f"requests that failed: {failed[:10]}"
    assert not page.foreign_requests, page.foreign_requests
    assert not problems, "\n".join(problems)


def live_finds(client, language, query):
    """The paths the live site's search shows for a query."""
    from bs4 import BeautifulSoup

    response = client.get(f"/{language}/search/", {"q": query}, HTTP_USER_AGENT="archive test bot")
    soup = BeautifulSoup(response.content, "html.parser")
    return {urlsplit(a["href"]).path for a in soup.select("main section a[href]")}


def archive_finds(page, origin, language, query):
    page.goto(f"{origin}/{language}/search/index.html?q={quote(query)}")
    page.wait_for_selector("#archive-search-results[data-done]", state="attached")
    hrefs = page.eval_on_selector_all("#archive-search-results a[href]", "links => links.map(a => a.href)")
    return {urlsplit(href).path.removesuffix("index.html") for href in hrefs}


def expected_paths(language, item):
    kind, slug = item.split(":", 1)
    return f"/{language}/resources/{slug}/" if kind == "resource" else f"/{slug}/"


@pytest.mark.django_db
def test_the_archived_search_finds_at_least_90_percent_of_what_the_live_search_finds(
    archive_page, static_server, client
):
    agreement = {}
    for language in LANGUAGES:
        live_total = archived_total = 0
        for entry in QUERIES[language]:
            live = live_finds(client, language, entry["query"])
            archived = archive_finds(archive_page, static_server[0], language, entry["query"])
            for item in entry["finds"]:
                wanted = expected_paths(language, item)
                if any(path.endswith(wanted) for path in live):
                    live_total += 1
                    archived_total += any(path.endswith(wanted) for path in archived)
        agreement[language] = (archived_total, live_total)
    found = sum(archived for archived, _live in agreement.values())
    wanted = sum(live for _archived, live in agreement.values())
    print(f"archived search: {found}/{wanted} of the live search's finds, per language {agreement}")  # noqa: T201
    assert wanted >= 100
    assert found / wanted >= 0.9, agreement


def test_the_search_page_lists_everything_by_kind_without_javascript(browser, static_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{static_server[0]}/sq/search/index.html?q=cilesi")
    lists = page.locator("#archive-search-lists")
    assert lists.is_visible()
    assert lists.locator("h2").count() >= 3
    assert lists.locator("a[href*='resources/']").count() >= 20
    context.close()


@pytest.mark.parametrize("language", ["en", "sq"])
def test_the_library_and_its_packs_work_from_disk_with_the_network_blocked(browser, archive, language):
    context = browser.new_context(offline=True)
    requested = []

    def route(route):
        requested.append(route.request.url)
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    library = archive.folder / language / "resources" / "index.html"
    page.goto(library.as_uri())
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui")
    # Every picture loaded so far is a real image (lazy ones below the fold are files, checked below).
    assert page.evaluate("[...document.images].every(img => !img.complete || img.naturalWidth > 0)")
    entry = page.locator("main a[href$='/index.html'][href*='../resources/'], main .card__title a").first
    entry.click()
    page.wait_for_load_state("load")
    assert urlsplit(page.url).path.endswith("/index.html") and page.url != library.as_uri()
    assert page.locator("h1").count() == 1
    links = page.eval_on_selector_all("a[href^='file:']", "links => links.map(a => a.href)")
    for href in links:
        assert Path(unquote(urlsplit(href).path)).is_file(), href
    page.goto(library.as_uri())
    packs = page.eval_on_selector_all("a[href$='.zip']", "links => links.map(a => a.href)")
    assert packs, "the library offers its pack"
    for href in packs:
        assert Path(unquote(urlsplit(href).path)).is_file(), href
    assert all(url.startswith(("file://", "data:")) for url in requested), requested
    context.close()


def test_the_archive_works_under_a_sub_path(browser, static_server):
    context = browser.new_context()
    page = context.new_page()
    failed = []
    page.on("response", lambda response: response.status >= 400 and failed.append(response.url))
    page.goto(f"{static_server[1]}/old-sites/vet-web/cnr/index.html")
    page.get_by_role("navigation", name=page.locator("nav.main-nav").get_attribute("aria-label")).locator(
        "a"
    ).nth(2).click()
    page.wait_for_load_state("load")
    assert "/old-sites/vet-web/cnr/" in page.url
    page.goto(f"{static_server[1]}/old-sites/vet-web/cnr/search/index.html?q=kvalitet")
    page.wait_for_selector("#archive-search-results[data-done]", state="attached")
    assert page.locator("#archive-search-results section").count() >= 1
    assert not failed, failed
    context.close()


@pytest.mark.django_db
def test_an_archived_result_that_reads_in_english_says_so(archive, archive_page, static_server):
    """An entry not yet translated into Albanian is found in the Albanian archive as an English card,
    marked lang="en" (as the live site marks the page), so a screen reader reads it in English."""
    from static_archive.search_index import records

    english = [
        record
        for record in records("sq", archive.builder.fetched, archive.builder.search_files["sq"])
        if record["meta"].get("lang") == "en"
    ]
    assert english, "the demo keeps library entries and pages not translated into Albanian"
    title = english[0]["meta"]["title"]
    archive_page.goto(f"{static_server[0]}/sq/search/index.html?q={quote(title)}")
    archive_page.wait_for_selector("#archive-search-results[data-done]", state="attached")
    card = archive_page.locator("#archive-search-results article.card", has_text=title).first
    assert card.get_attribute("lang") == "en"
