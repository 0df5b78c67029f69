"""Rendering the public site in-process: every URL a visitor can reach, as Django serves it.

The crawl asks Django's test client for the seed URLs (every live page and library entry of every
language, the feeds, the sitemap ...) and follows each internal link, asset and redirect it finds.
A URL with a query string is kept when it has one parameter (a filter value, a page number, a
file's language); links to combinations of several lead to the unfiltered listing instead
(rewrite.py). Nothing is counted: the client says it is a bot (ops.visitors.is_countable).
"""

import logging
import mimetypes
import posixpath
import re
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.test import Client

HOST = "archive.invalid"  # never a real host: every absolute URL on it is the archive's own
ORIGIN = f"https://{HOST}"
USER_AGENT = "VET-WEB static archive (bot)"
# Paths the archive keeps; everything else (admin, API, health checks) needs the server.
PUBLIC_PREFIXES = ("/static/", "/media/", "/documents/", "/sitemap", "/robots.txt")
# Extensions for responses at a directory URL, by content type (a feed at /en/news/feed/ is kept as
# /en/news/feed/index.xml, so that any static host serves it with an XML type).
EXTENSIONS = {
    "text/html": ".html",
    "application/rss+xml": ".xml",
    "application/atom+xml": ".xml",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "text/calendar": ".ics",
    "application/zip": ".zip",
    "text/csv": ".csv",
    "application/json": ".json",
    "text/plain": ".txt",
}
TEXT_TYPES = ("text/", "application/xml", "application/rss+xml", "application/atom+xml", "application/json")
_LINK = re.compile(r"""(?:href|src)\s*=\s*["']([^"']+)["']|srcset\s*=\s*["']([^"']+)["']""", re.I)
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)["']?\s*\)""")


@dataclass
class Fetched:
    """One URL of the archive: what Django answered and the file it is kept in."""

    url: str
    status: int
    content_type: str = ""
    body: bytes = b""
    file: str = ""
    redirect: str = ""  # the internal URL a redirect leads to
    external: str = ""  # or the URL on another host (a library entry's external link)
    links: list = field(default_factory=list)

    @property
    def is_html(self):
        return self.content_type == "text/html"

    @property
    def is_text(self):
        return self.content_type.startswith(TEXT_TYPES)


def split_url(url, base="/"):
    """(path, query) of an internal URL, or None for another host, a fragment-only or mail link."""
    if url.startswith(("mailto:", "tel:", "javascript:", "data:", "#")):
        return None
    parts = urlsplit(url)
    if parts.scheme and parts.scheme not in ("http", "https"):
        return None
    if parts.netloc and parts.netloc != HOST:
        return None
    path = parts.path or "/"
    if not path.startswith("/"):
        path = posixpath.normpath(posixpath.join(posixpath.dirname(base), path))
        path += "/" if parts.path.endswith("/") and not path.endswith("/") else ""
    return path, parts.query


def is_public(path):
    languages = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
    return path == "/" or path.startswith(languages + PUBLIC_PREFIXES)


def kept_query(query):
    """The query string a URL is archived under: one parameter with one value, else None."""
    pairs = parse_qsl(query, keep_blank_values=True)
    if not pairs:
        return ""
    if len(pairs) == 1 and pairs[0][1]:
        return urlencode(pairs)
    return None


def file_for(path, query, content_type, filename=""):
    """The archive's file for a URL: a directory URL gets index.html (index.xml, index.ics ...,
    or the name Django gave the download); one query parameter becomes two more folders, `_/k/v/`."""
    name = unquote(path).lstrip("/")
    if query:
        ((key, value),) = parse_qsl(query, keep_blank_values=True)
        directory = name if name.endswith("/") or not name else name + "/"
        name = f"{directory}_/{quote(key, safe='')}/{quote(value, safe='')}/"
    if name and not name.endswith("/"):
        return name
    leaf = filename or "index" + EXTENSIONS.get(
        content_type, mimetypes.guess_extension(content_type) or ".bin"
    )
    return name + leaf


def links_in(text, base, content_type):
    """Every URL a page or stylesheet refers to, as (path, query) of internal URLs."""
    found = []
    if content_type == "text/css":
        raw = CSS_URL.findall(text)
    else:
        raw = []
        for single, srcset in _LINK.findall(text):
            if single:
                raw.append(single)
            else:
                raw.extend(candidate.split()[0] for candidate in srcset.split(",") if candidate.strip())
    for url in raw:
        url = url.replace("&amp;", "&")
        target = split_url(url, base)
        if target and is_public(target[0]):
            found.append(target)
    return found


def _filename(response):
    disposition = response.get("Content-Disposition", "")
    if not disposition:
        return ""
    message = Message()
    message["content-disposition"] = disposition
    return posixpath.basename(message.get_filename() or "")


def _body(response):
    if getattr(response, "streaming", False):
        # The test client closes the response when its content is read, with the database
        # connection kept; closing it again here would end the connection in mid-build.
        return b"".join(response.streaming_content)
    return response.content


def _stored_file(path):
    """A static or media file Django itself does not serve under these settings."""
    if path.startswith(settings.STATIC_URL):
        found = finders.find(unquote(path[len(settings.STATIC_URL) :]))
        if found:
            with open(found, "rb") as source:
                return source.read()
    if path.startswith(settings.MEDIA_URL):
        name = unquote(path[len(settings.MEDIA_URL) :])
        if default_storage.exists(name):
            with default_storage.open(name, "rb") as source:
                return source.read()
    return None


class Crawler:
    """Fetches URLs through Django and follows their links until no new internal URL is found."""

    def __init__(self, on_accepted=None):
        self.client = Client(HTTP_HOST=HOST, HTTP_USER_AGENT=USER_AGENT)
        self.fetched = {}  # url -> Fetched
        self.on_accepted = on_accepted  # (path, query, response) -> response: a second chance (packs)

    def fetch(self, path, query=""):
        url = f"{path}?{query}" if query else path
        if url in self.fetched:
            return self.fetched[url]
        response = self.client.get(path, query_params=dict(parse_qsl(query)), secure=True)
        if response.status_code == 202 and self.on_accepted:
            response = self.on_accepted(path, query, response) or response
        fetched = Fetched(url=url, status=response.status_code)
        if response.status_code in (301, 302, 303, 307, 308):
            target = split_url(response["Location"], path)
            if target and is_public(target[0]):
                kept = kept_query(target[1])
                fetched.redirect = f"{target[0]}?{kept}" if kept else target[0]
                fetched.links = [(target[0], kept or "")]
            elif target is None:
                fetched.external = response["Location"]
        elif response.status_code == 404 and not query and (body := _stored_file(path)) is not None:
            fetched.status, fetched.body = 200, body
            fetched.content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        else:
            fetched.body = _body(response)
            fetched.content_type = response.get("Content-Type", "").split(";")[0].strip()
        if fetched.status in (200, 404):
            fetched.file = file_for(path, query, fetched.content_type, _filename(response))
        if fetched.status == 200 and (fetched.is_html or fetched.content_type == "text/css"):
            fetched.links = links_in(fetched.body.decode("utf-8"), path, fetched.content_type)
        self.fetched[url] = fetched
        return fetched

    def crawl(self, seeds):
        """Fetch the seeds and everything they link to, breadth first, in a stable order."""
        request_log = logging.getLogger("django.request")
        level, request_log.level = request_log.level, logging.ERROR  # a 404 here is no news
        try:
            return self._crawl(seeds)
        finally:
            request_log.setLevel(level)

    def _crawl(self, seeds):
        queue = sorted(set(seeds))
        seen = set(queue)
        while queue:
            following = []
            for path, query in queue:
                for link_path, link_query in self.fetch(path, query).links:
                    kept = kept_query(link_query)
                    target = (link_path, kept if kept is not None else "")
                    if target not in seen:
                        seen.add(target)
                        following.append(target)
            queue = sorted(following)
        return self.fetched
