"""Page-cache hits served in front of Django, from each app server process's memory.

A page the page cache (ops/page_cache.py) serves costs a request object, the whole middleware
stack and a Redis round trip for the page: about 2 ms of a worker on a two-core machine, where the
same bytes from nginx cost a few microseconds. This WSGI wrapper (vetweb_site/wsgi.py) keeps, per
process, the finished response of pages the page cache has just served (status, headers, body as
sent, gzipped or not), and serves the next request for them without entering Django.

It stays as correct as the page cache:
- it keeps only what the page cache served as a hit (so only what it would serve to anyone), and
  what serving it counts is counted as the page cache counts it: a search page served from memory
  sends the page cache's `served_from_cache` signal, so the search log gets its row;
- it serves only requests the page cache would serve: GET or HEAD, no session or messages cookie,
  a language-prefixed path, the same host, scheme, query string and gzip acceptance;
- an entry belongs to a content generation: an edit made through this process drops it at once;
  one made through another process or server is seen within GENERATION_CHECK_SECONDS, when this
  process reads the generation from the shared cache again (one read per second, not per request);
- an entry expires when its page would have left the page cache (PAGE_CACHE_SECONDS after it was
  stored there), and the entries are bounded by PAGE_CACHE_PROCESS_BYTES (least recently used
  first out). PAGE_CACHE_PROCESS_BYTES=0 turns it off.
"""

import logging
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest
from django.db import close_old_connections
from django.http import parse_cookie

from ops import page_cache

logger = logging.getLogger(__name__)
GENERATION_CHECK_SECONDS = 1.0
# Set by ops.page_cache.PageCacheMiddleware on a hit: (its generation, when it leaves the page
# cache, the cached response if serving it counts something).
SERVABLE = page_cache.SERVABLE_FROM_MEMORY
GZIP = re.compile(r"\bgzip\b")


@dataclass
class Entry:
    generation: int
    expires: float
    status: str
    headers: list
    body: bytes
    counted: object = None  # the page cache's response, for what its serving counts


class FrontPageCache:
    def __init__(self, application, max_bytes=None):
        self.application = application
        self.max_bytes = settings.PAGE_CACHE_PROCESS_BYTES if max_bytes is None else max_bytes
        self.entries = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()  # gunicorn's gthread workers serve requests in threads
        self._generation = None
        self._checked_at = 0.0
        self._invalidations_seen = -1
        self.prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

    def __call__(self, environ, start_response):
        key = self.key(environ) if self.max_bytes else None
        if key is None:
            return self.application(environ, start_response)
        generation = self.generation()
        entry = self.entries.get(key)
        if entry is not None and entry.generation == generation and entry.expires > time.time():
            with self.lock:
                if key in self.entries:
                    self.entries.move_to_end(key)
            if entry.counted is not None:
                self.count(environ, entry.counted)
            start_response(entry.status, list(entry.headers))
            return [] if environ["REQUEST_METHOD"] == "HEAD" else [entry.body]
        return self.through_django(key, generation, environ, start_response)

    def key(self, environ):
        """What tells responses apart for the page cache, or None for a request it never serves."""
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        path = environ.get("PATH_INFO", "")
        if not path.startswith(self.prefixes):
            return None  # the language comes from the visitor's headers: Django decides
        cookies = environ.get("HTTP_COOKIE")
        if cookies:
            names = parse_cookie(cookies)
            if settings.SESSION_COOKIE_NAME in names or "messages" in names:
                return None
        return (
            environ.get("wsgi.url_scheme"),
            environ.get("HTTP_X_FORWARDED_PROTO"),
            environ.get("HTTP_HOST") or environ.get("SERVER_NAME"),
            path,
            environ.get("QUERY_STRING", ""),
            bool(GZIP.search(environ.get("HTTP_ACCEPT_ENCODING", ""))),
        )

    def generation(self):
        """The content generation, read from the shared cache at most once per check interval,
        and at once after an edit in this process."""
        now = time.monotonic()
        if (
            page_cache.invalidations_here != self._invalidations_seen
            or now - self._checked_at >= GENERATION_CHECK_SECONDS
        ):
            self._invalidations_seen = page_cache.invalidations_here
            self._checked_at = now
            try:
                self._generation = page_cache.generation()
            except Exception:  # the cache is unreachable: serve nothing from memory
                self._generation = None
        return self._generation

    def through_django(self, key, generation, environ, start_response):
        sent = {}

        def remember(status, headers, exc_info=None):
            sent["status"], sent["headers"] = status, headers
            return start_response(status, headers, exc_info)

        result = self.application(environ, remember)
        servable = environ.get(SERVABLE)
        if (
            servable is None
            or generation is None
            or environ["REQUEST_METHOD"] != "GET"
            or not sent.get("status", "").startswith("200 ")
        ):
            return result
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()  # Django's request_finished: database connections are released
        page_generation, expires, counted = servable  # the generation the page cache served it for
        self.store(key, Entry(page_generation, expires, sent["status"], list(sent["headers"]), body, counted))
        return [body]

    def count(self, environ, response):
        """Count this serving as the page cache counts its hits (a search into the search log).
        The thread's database connection is used as it is (a health check before each count was
        a second round trip per search); one that failed is closed, as after a Django request,
        and the next request opens a new one."""
        try:
            page_cache.served_from_cache.send(
                sender=FrontPageCache, request=WSGIRequest(environ), response=response
            )
        except Exception:  # the page is still served; the failure is logged, as Django would
            logger.exception("A page served from memory could not be counted")
            close_old_connections()

    def store(self, key, entry):
        if len(entry.body) > self.max_bytes // 4:
            return
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.size -= len(old.body)
            self.entries[key] = entry
            self.size += len(entry.body)
            while self.size > self.max_bytes:
                _key, dropped = self.entries.popitem(last=False)
                self.size -= len(dropped.body)
