"""One archive: render (crawl.py), rewrite (rewrite.py), write, index for search (search_index.py).

The same content gives the same bytes: URLs are fetched and written in sorted order, pages are
rendered with the page cache off and no CSRF token (no form posts in the archive), and the
project's end date comes from the caller, not the clock.
"""

import io
import posixpath
import re
import shutil
import time
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.template.loader import render_to_string
from django.test import override_settings
from django.utils import translation

from wagtail.models import Locale, Page

from core.locales import LANGUAGE_NAMES

from .crawl import HOST, Crawler, file_for, split_url
from .listing import entries_by_kind
from .rewrite import SEARCH_SCRIPT, Rewriter
from .search_index import write_search_indexes

MISSING_PATH = "this-page-is-not-in-the-archive/"
ARCHIVE_URLCONF = "static_archive.urls"


@dataclass
class Report:
    files: int
    bytes: int
    seconds: float
    cpu_seconds: float  # of this process (Pagefind's own process not counted)
    pages: int
    broken: list  # (url, status) of internal links Django did not answer with a page or file
    phases: dict  # seconds spent rendering, writing and indexing


def languages():
    return [code for code, _name in settings.LANGUAGES]


def seed_urls():
    """Where the crawl starts: every live public page and library entry of every language, each
    language's search, Languages and 404 pages, the sitemap and robots.txt; feeds, calendars,
    packs, images and documents are found through their links."""
    seeds = {("/", ""), ("/sitemap.xml", ""), ("/robots.txt", "")}
    for language in languages():
        seeds |= {(f"/{language}/", ""), (f"/{language}/search/", ""), (f"/{language}/languages/", "")}
        seeds.add((f"/{language}/{MISSING_PATH}", ""))
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            continue
        with translation.override(language):
            for page in Page.objects.live().public().filter(locale=locale, depth__gt=1).order_by("path"):
                url = page.get_url()
                target = url and split_url(url)
                if target:
                    seeds.add((target[0], ""))
            for _key, _label, items in entries_by_kind(locale):
                seeds |= {(split_url(url)[0], "") for _title, url in items if url}
    return sorted(seeds)


def build_pack(path, query, origin):
    """A pack not built yet (202): build it now, as a visitor's request would, and ask again."""
    from django.http import QueryDict

    from resources.models import ToolkitPack
    from resources.packs import PackView
    from resources.tasks import refresh_pack

    if not path.endswith("/pack/"):
        return None
    view = PackView.from_query(path.strip("/").split("/")[0], QueryDict(query))
    pack, _created = ToolkitPack.objects.get_or_create(
        language_code=view.language_code, parameters=view.parameters, defaults={"origin": origin}
    )
    refresh_pack(pack)
    from django.test import Client

    from .crawl import USER_AGENT

    client = Client(HTTP_HOST=HOST, HTTP_USER_AGENT=USER_AGENT)
    return client.get(path, query_params=QueryDict(query).dict(), secure=True)


def _redirect_stub(fetched, target_file, base_url):
    """A small page at a URL that redirected (the home `/`, downloads): old links keep working."""
    language = fetched.url.strip("/").split("/")[0]
    language = language if language in languages() else settings.LANGUAGE_CODE
    stub_file = file_for(urlsplit(fetched.url).path, "", "text/html")
    if fetched.url == "/":
        links = [
            {"url": f"{code}/index.html", "code": code, "name": LANGUAGE_NAMES.get(code, code)}
            for code in languages()
        ]
        target = f"{language}/index.html"
    else:
        target = posixpath.relpath(target_file, posixpath.dirname(stub_file))
        links = [{"url": target, "code": language, "name": "VET-WEB"}]
    html = render_to_string(
        "static_archive/redirect.html",
        {"language": language, "target": target, "links": links, "canonical": base_url},
    )
    return stub_file, html


OFFICE_TYPES = "application/vnd.openxmlformats-officedocument."
_OFFICE_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def stable_office_file(body, day):
    """A spreadsheet (the Results export) written now carries the time it was written, in each ZIP
    entry and in docProps/core.xml: the archive gives both the project's end date instead."""
    moment = (day.year, day.month, day.day, 0, 0, 0)
    stamp = f"{day.isoformat()}T00:00:00Z".encode()
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(body)) as source, zipfile.ZipFile(output, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "docProps/core.xml":
                data = _OFFICE_DATES.sub(rb"\g<1>" + stamp + rb"\g<2>", data)
            copy = zipfile.ZipInfo(entry.filename, date_time=moment)
            copy.compress_type, copy.external_attr = entry.compress_type, entry.external_attr
            target.writestr(copy, data)
    return output.getvalue()


class Archive:
    """Writes the archive into `folder` (emptied first)."""

    def __init__(self, folder, base_url, ended, contact_email=None):
        self.folder = Path(folder)
        self.base_url = base_url.rstrip("/") + "/"
        self.facts = {"ended": ended, "contact_email": contact_email or settings.CONTACT_EMAIL}

    @contextmanager
    def rendering(self):
        """The site as the archive renders it: archive mode on, its own search page, no page cache."""
        with override_settings(
            STATIC_ARCHIVE=self.facts,
            ROOT_URLCONF=ARCHIVE_URLCONF,
            ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, HOST],
            PAGE_CACHE_SECONDS=0,
        ):
            yield

    def build(self):
        started, cpu = time.monotonic(), time.process_time()
        with self.rendering():
            self.fetched = fetched = Crawler(on_accepted=self._on_accepted).crawl(seed_urls())
            self.notes = self._notes()
        rendered = time.monotonic()
        for item in fetched.values():  # every language's missing page is that language's 404 page
            if item.status == 404 and MISSING_PATH in item.url:
                item.file = f"{item.url.strip('/').split('/')[0]}/404.html"
        if self.folder.exists():
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)
        self.search_files = {code: fetched[f"/{code}/search/"].file for code in languages()}
        self.rewriter = Rewriter(fetched, self.base_url, self.notes, self.search_files)
        self._write(fetched, self.rewriter)
        written = time.monotonic()
        write_search_indexes(self.folder, fetched, self.search_files)
        indexed = time.monotonic()
        broken = sorted(
            (item.url, item.status)
            for item in fetched.values()
            if not item.file and not item.redirect and not item.external
        )
        files = [path for path in self.folder.rglob("*") if path.is_file()]
        return Report(
            files=len(files),
            bytes=sum(path.stat().st_size for path in files),
            seconds=time.monotonic() - started,
            cpu_seconds=time.process_time() - cpu,
            pages=sum(1 for item in fetched.values() if item.is_html and item.status == 200),
            broken=broken,
            phases={"render": rendered - started, "write": written - rendered, "index": indexed - written},
        )

    def _on_accepted(self, path, query, response):
        return build_pack(path, query, urlsplit(self.base_url)._replace(path="").geturl())

    def _notes(self):
        notes = {}
        for code in languages():
            with translation.override(code):
                notes[code] = render_to_string("static_archive/form_note.html", {"site_archive": self.facts})
        return notes

    def _write(self, fetched, rewriter):
        count = 0
        for url in sorted(fetched):
            item = fetched[url]
            language = url.strip("/").split("/")[0]
            language = language if language in languages() else settings.LANGUAGE_CODE
            if item.redirect:
                final = rewriter.target(url, "/")
                if final is None or not urlsplit(url).path.endswith("/") or "?" in url:
                    continue
                name, content = _redirect_stub(item, final.file, self.base_url)
            elif item.status == 404 and MISSING_PATH in url:
                name, content = item.file, rewriter.html(item, language, rooted=True)
            elif item.status != 200 or not item.file:
                continue
            elif item.is_html:
                name, content = item.file, rewriter.html(item, language)
            elif item.content_type == "text/css":
                name, content = item.file, rewriter.css(item)
            elif item.content_type.startswith(OFFICE_TYPES):
                name, content = item.file, stable_office_file(item.body, self.facts["ended"])
            elif item.is_text:
                name, content = item.file, rewriter.absolute(item.body.decode("utf-8"))
            else:
                name, content = item.file, item.body
            count += self._save(name, content)
        script = Path(__file__).resolve().parent / "assets" / "search.js"
        count += self._save(SEARCH_SCRIPT, script.read_bytes())
        default_404 = self.folder / settings.LANGUAGE_CODE / "404.html"
        if default_404.exists():
            shutil.copyfile(default_404, self.folder / "404.html")
            count += 1
        return count

    def _save(self, name, content):
        path = self.folder / name
        if path.exists():
            return 0
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return 1
