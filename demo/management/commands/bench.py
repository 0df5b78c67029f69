"""Benchmark every public page type at 100, 1,000 and 10,000 items (run it with `make bench`).

Works on a throwaway SQLite database only (make bench points DATABASE_URL at a temporary
directory): it migrates, seeds the demo, then tops up the item models (resources, news, events) with
demo/fill.py (in bulk), and for each size measures, per page type of demo/public_urls.py and the
library with three facets and a text query: the database queries of one request, the median and
95th percentile response time through Django's test client with every cache off ("uncached": the
page cache, its fragments and Wagtail's own lookups in the cache all off, as for the first visitor
after a publish; taken in rounds over all the URLs, see uncached_rounds) and with the page cache
hit, and the bytes of the page's HTML and of the CSS and JS it loads.
Every language is measured at TARGET_SIZE; the other sizes measure the first language.

It prints each figure beside its target (the README's "Performance") and exits non-zero when a
target is missed. Timings depend on the machine: compare figures from one run.
"""

import json
import logging
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client, override_settings

from caching.generation import content_changed
from events.models import CALENDAR_MAX_EVENTS

SIZES = (100, 1_000, 10_000)
TARGET_SIZE = 1_000  # every language, p50 and p95 targets
MAX_QUERIES = 15
UNCACHED_P50_MS, UNCACHED_P95_MS = 30, 50
GROWTH = 1.3  # largest size within 1.3x the smallest size's time
SEARCH_P95_MS, FILTERED_LIBRARY_P95_MS, LARGE_SIZE = 150, 60, 10_000
HIT_P50_MS = 3
ROUNDS = 5  # uncached timings: rounds over all of a language's URLs (uncached_rounds)
MAX_PAGE_BYTES = 100 * 1024
FILTERED_LIBRARY = (
    "library 3 facets + query",
    "resources/?type=self-assessment&audience=vet-managers&eqf=4&q=quality",
)
DOWNLOAD_TYPES = {"application/zip"}
# An event over several days is one calendar entry per day; day 1 keeps the event's UID (events/ical.py).
CALENDAR_EVENT = re.compile(rb"^UID:(?![^\r\n]*-day\d)", re.MULTILINE)
ASSET_PATTERN = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')


def _percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def every_cache_off():
    """Settings under which nothing is cached at all: the page cache off and Django's cache a dummy
    (no fragment, no lookup of Wagtail's kept): every request is built as the first after a publish."""
    return override_settings(
        PAGE_CACHE_SECONDS=0, CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    )


def time_requests(client, url, requests):
    """Milliseconds of `requests` requests of `url` with every cache off, after one that warms the
    process (imports, templates)."""
    with every_cache_off():
        client.get(url)
        timings = []
        for _ in range(requests):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def _content(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


class Command(BaseCommand):
    help = "Benchmark the public page types on a throwaway database (use `make bench`)."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=60, help="requests per page type and mode")
        parser.add_argument("--sizes", default=",".join(str(size) for size in SIZES))
        parser.add_argument(
            "--languages",
            default=",".join(code for code, _name in settings.LANGUAGES),
            help=f"measured at {TARGET_SIZE} items; other sizes measure the first",
        )

    def handle(self, *args, **options):
        self.refuse_real_databases()
        logging.getLogger("django.request").setLevel(logging.ERROR)  # the 404 page type is expected
        # It runs on the test settings (which leave the page cache off) and measures hits and misses.
        settings.PAGE_CACHE_SECONDS = 600
        sizes = [int(size) for size in options["sizes"].split(",")]
        languages = options["languages"].split(",")
        self.stdout.write(f"Database: {connection.settings_dict['NAME']} ({connection.vendor})")
        started = time.perf_counter()
        self.in_another_process(
            "from django.core.management import call_command; "
            "call_command('migrate', verbosity=0, interactive=False); "
            "call_command('seed_site', stdout=open('/dev/null', 'w'))"
        )
        self.stdout.write(f"Migrated and seeded in {time.perf_counter() - started:.0f} s")
        client = Client()
        rows, new_queries, growth = [], [], {}
        smallest = Path(connection.settings_dict["NAME"]).with_name("smallest.sqlite3")
        for size in sizes:
            started = time.perf_counter()
            self.stdout.write(f"Seeding {size} items per item model")
            self.in_another_process(f"from demo.fill import fill_site; fill_site({size}, print)")
            self.stdout.write(f"  in {time.perf_counter() - started:.0f} s")
            started = time.perf_counter()
            for language in languages if size == TARGET_SIZE else languages[:1]:
                targets = self.targets(language)
                measured = [self.measure(client, url, options["requests"]) for _label, url in targets]
                timings = self.uncached_rounds(client, [url for _label, url in targets], options["requests"])
                for (label, url), (status, queries, *rest) in zip(targets, measured, strict=True):
                    rows.append((label, language, size, status, queries, *timings[url], *rest))
                new_queries.append(
                    (language, size, self.measure_new_searches(client, language, options["requests"]))
                )
            if size == sizes[0] and len(sizes) > 1:
                with connection.cursor() as cursor:  # kept to time it again beside the largest size
                    cursor.execute("VACUUM INTO %s", [str(smallest)])
            self.stdout.write(f"  measured in {time.perf_counter() - started:.0f} s")
        if len(sizes) > 1:
            started = time.perf_counter()
            growth = self.growth_rounds(smallest, languages[0], options["requests"])
            self.stdout.write(f"Growth timed in {time.perf_counter() - started:.0f} s")
        self.print_table(rows)
        self.stdout.write("\nSite search, each query searched for the first time in its content generation:")
        for language, size, (p50, p95, cpu95) in new_queries:
            self.stdout.write(
                f"  {language:<4} {size:>6} items: p50 {p50:.1f} ms, p95 {p95:.1f} ms (CPU p95 {cpu95:.1f} ms)"
            )
        if not self.print_verdict(rows, new_queries, growth):
            raise CommandError("Targets missed (see above).")

    @staticmethod
    def targets(language):
        from demo.public_urls import public_urls

        targets = [(t.label, t.url) for t in public_urls(language)]
        return [*targets, (FILTERED_LIBRARY[0], f"/{language}/{FILTERED_LIBRARY[1]}")]

    def growth_rounds(self, smallest, language, requests):
        """{label: (p50 at the smallest size, p50 at the largest)}, timed in two app processes side
        by side, one on a copy of the database at the smallest size and one on the largest, in
        alternate rounds: measured minutes apart, the same page differed by up to 30 % on this
        shared machine, which the growth target (1.3x) cannot tell from growth. p50 is the lowest
        round's median, as in uncached_rounds."""
        targets = self.targets(language)
        urls = [url for _label, url in targets]
        servers = [
            self.timing_process(database)
            for database in (f"sqlite:///{smallest}", f"sqlite:///{connection.settings_dict['NAME']}")
        ]
        rounds = [{url: [] for url in urls} for _server in servers]
        try:
            for _ in range(ROUNDS):
                for server, measured in zip(servers, rounds, strict=True):
                    server.stdin.write(json.dumps([urls, max(1, requests // ROUNDS)]) + "\n")
                    server.stdin.flush()
                    for url, timings in json.loads(server.stdout.readline()).items():
                        measured[url].append(statistics.median(timings))
        finally:
            for server in servers:
                server.stdin.close()
                server.wait()
        small, large = ({url: min(medians) for url, medians in measured.items()} for measured in rounds)
        return {label: (small[url], large[url]) for label, url in targets}

    def timing_process(self, database_url):
        """A process serving timing rounds (demo/management/commands/bench_rounds.py) on a database."""
        environment = {**os.environ, "DATABASE_URL": database_url}
        command = [sys.executable, "manage.py", "bench_rounds", "--media-root", str(settings.MEDIA_ROOT)]
        return subprocess.Popen(  # noqa: S603 - our own code
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=environment
        )

    def in_another_process(self, code):
        """Run `code` in a new Django process on the same database. Migrating, seeding and filling
        create thousands of objects, and a process that did was 1.5x slower serving the same pages
        afterwards (measured: a page with no query went from 1.9 to 3.4 ms after a fill). An app
        server never fills, so neither does the process that measures. Its cache is its own (local
        memory): a new content generation makes it forget what the fill changed."""
        connection.close()
        # The test settings give each process its own media folder: the child writes into ours.
        code = f"from django.conf import settings; settings.MEDIA_ROOT = {str(settings.MEDIA_ROOT)!r}; {code}"
        command = [sys.executable, "manage.py", "shell", "--no-imports", "-c", code]
        subprocess.run(command, check=True)  # noqa: S603 - our own code
        content_changed()

    def refuse_real_databases(self):
        name = str(connection.settings_dict["NAME"])
        if connection.vendor != "sqlite" or not name.startswith(tempfile.gettempdir()):
            raise CommandError(
                "The benchmark writes thousands of items: it runs only on an SQLite database in a "
                f"temporary directory (got {name}). Use `make bench`."
            )

    def measure(self, client, url, requests):
        """Everything but the uncached timings (uncached_rounds): queries, bytes, cache hits."""
        settings.PAGE_CACHE_SECONDS = 0
        client.get(url)  # warms the process (imports, templates)
        content_changed()  # counted as the first request after a publish: the fragments are cold
        queries = []
        with connection.execute_wrapper(
            lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)
        ):
            response = client.get(url)
        html = _content(response)
        css = js = 0
        for asset in ASSET_PATTERN.findall(html.decode("utf-8", "replace")):
            size = len(_content(client.get(asset)))
            if asset.endswith(".css"):
                css += size
            else:
                js += size
        settings.PAGE_CACHE_SECONDS = 600
        settings.PAGE_CACHE_DEBUG_HEADER = True
        content_changed()
        client.get(url)
        cached, hits = [], []
        for _ in range(requests):
            started = time.perf_counter()
            hit = client.get(url).get("X-Page-Cache") == "hit"
            cached.append((time.perf_counter() - started) * 1000)
            hits.append(hit)
        return (
            response.status_code,
            len(queries),
            statistics.median(cached),
            _percentile(cached, 0.95),
            len(html),
            css,
            js,
            all(hits),  # the page cache serves it (forms with a CSRF token and searches never are)
            response.get("Content-Type", "").split(";")[0],
            len(CALENDAR_EVENT.findall(html)),  # a calendar's events
        )

    def uncached_rounds(self, client, urls, requests):
        """{url: (p50, p95) in ms} of rendering each URL afresh (the page cache off), in ROUNDS
        rounds over all the URLs. The p50 is the lowest of the rounds' medians: a burst of work
        elsewhere on the machine only ever adds time, and it should not count against the one page
        type that happened to be measured then. The p95 is over every request."""
        settings.PAGE_CACHE_SECONDS = 0
        rounds = {url: [] for url in urls}
        for _ in range(ROUNDS):
            for url in urls:
                rounds[url].append(time_requests(client, url, max(1, requests // ROUNDS)))
        return {
            url: (
                min(statistics.median(timings) for timings in measured),
                _percentile([timing for timings in measured for timing in timings], 0.95),
            )
            for url, measured in rounds.items()
        }

    def measure_new_searches(self, client, language, requests):
        """Site search for words of the site's titles, none searched before: what a visitor's new
        query costs, every cache off. Held to the site search's p95 target at LARGE_SIZE."""
        from wagtail.models import Page

        settings.PAGE_CACHE_SECONDS = 0
        words = []
        for title in Page.objects.filter(locale__language_code=language).values_list("title", flat=True)[
            :500
        ]:
            words.extend(word.lower() for word in re.findall(r"[^\W\d_]{4,}", title))
        words = list(dict.fromkeys(words))[:requests] or ["training"]
        timings, cpu = [], []
        with every_cache_off():
            for word in words:
                started, started_cpu = time.perf_counter(), time.process_time()
                client.get(f"/{language}/search/?q={word}")
                timings.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
        # The CPU time of this process is the whole request's work with SQLite: what it costs on an
        # idle core when the machine is shared (the wall time then includes waiting for one).
        return statistics.median(timings), _percentile(timings, 0.95), _percentile(cpu, 0.95)

    def print_table(self, rows):
        header = (
            f"{'page type':<28} {'lang':<4} {'items':>6} {'status':>6} {'queries':>7} "
            f"{'p50 ms':>7} {'p95 ms':>7} {'p50 hit':>7} {'p95 hit':>7} {'HTML B':>7} {'CSS B':>6} {'JS B':>6}"
        )
        self.stdout.write("\n" + header + "\n" + "-" * len(header))
        for label, language, size, status, queries, p50, p95, hit50, hit95, html, css, js, *_ in rows:
            self.stdout.write(
                f"{label[:28]:<28} {language:<4} {size:>6} {status:>6} {queries:>7} {p50:>7.1f} {p95:>7.1f} "
                f"{hit50:>7.2f} {hit95:>7.2f} {html:>7} {css:>6} {js:>6}"
            )

    def print_verdict(self, rows, new_queries=(), growth=None):
        """Each figure beside its target; True when every target is met."""
        checks, notes = [], []  # (met, text); what has no target, and why
        growth = growth or {}

        def check(met, text):
            checks.append((met, text))

        for language, size, (_p50, p95, cpu95) in new_queries:
            if size >= LARGE_SIZE:
                check(
                    p95 <= SEARCH_P95_MS,
                    f"search [{language}], queries new to the generation: p95 {p95:.1f} ms at {size} items "
                    f"(target <= {SEARCH_P95_MS} ms; CPU p95 {cpu95:.1f} ms)",
                )

        by_type = {}
        for (
            label,
            language,
            size,
            status,
            queries,
            p50,
            p95,
            hit50,
            _hit95,
            html,
            css,
            js,
            hit,
            kind,
            events,
        ) in rows:
            by_type.setdefault((label, language), {})[size] = (
                status,
                queries,
                p50,
                p95,
                hit50,
                html + css + js,
                hit,
                kind,
                events,
            )
        sizes = sorted({row[2] for row in rows})
        smallest, largest = sizes[0], sizes[-1]
        for (label, language), results in by_type.items():
            name = f"{label} [{language}]"
            # The same response at every size; the offline pack, say, is a ZIP until its view holds
            # too many entries and then a page saying so: each kind is compared with itself.
            kinds = {}
            for size, result in results.items():
                kinds.setdefault((result[0], result[7]), {})[size] = result[1]
            for (status, kind), counts in kinds.items():
                described = f" as {status} {kind}" if len(kinds) > 1 else ""
                check(
                    max(counts.values()) <= MAX_QUERIES and len(set(counts.values())) == 1,
                    f"{name}: queries {counts}{described} (target <= {MAX_QUERIES}, equal at every size)",
                )
            if TARGET_SIZE in results:
                _status, _q, p50, p95, *_ = results[TARGET_SIZE]
                check(
                    p50 <= UNCACHED_P50_MS and p95 <= UNCACHED_P95_MS,
                    f"{name}: p50 {p50:.1f} ms, p95 {p95:.1f} ms at {TARGET_SIZE} items "
                    f"(target <= {UNCACHED_P50_MS} / {UNCACHED_P95_MS} ms)",
                )
            # The calendar grows with the events of its window up to CALENDAR_MAX_EVENTS: bounded
            # by that number below, not by its time at 100 items. The site search's growth target is
            # the search issue's (the One cache issue defers to it): a never-seen query's p95 at
            # LARGE_SIZE, checked below and in new_queries; its growth is printed, not held to 1.3x.
            if (
                label in growth
                and smallest in results
                and largest in results
                and label != "events calendar"
                and results[smallest][7] == results[largest][7]
            ):
                small, large = growth[label]
                text = (
                    f"{name}: p50 {large:.1f} ms at {largest} items, {large / small:.2f}x {small:.1f} ms "
                    f"at {smallest}, timed side by side"
                )
                if label == "search":
                    notes.append(f"{text} (held to its p95 at {LARGE_SIZE} items instead)")
                else:
                    check(large <= GROWTH * small, f"{text} (target <= {GROWTH}x)")
            top = results[max(results)]  # the largest size this page type was measured at
            if top[0] == 200 and top[6]:
                check(
                    top[4] <= HIT_P50_MS, f"{name}: cache hit p50 {top[4]:.2f} ms (target <= {HIT_P50_MS} ms)"
                )
            elif top[0] == 200:  # not a target: the page cache never stores it
                notes.append(
                    f"{name}: never served from the page cache (a form with a CSRF token, a search or a download)"
                )
            if top[7] in DOWNLOAD_TYPES:  # a file to download (the offline pack), not a page
                notes.append(f"{name}: a {top[7]} download of {top[5]} bytes, not a page: no size target")
            elif top[7] == "text/calendar":  # bounded by its number of events, each as long as written
                check(
                    top[8] <= CALENDAR_MAX_EVENTS,
                    f"{name}: {top[8]} events, {top[5]} bytes at {max(results)} items "
                    f"(target <= {CALENDAR_MAX_EVENTS} events)",
                )
            else:
                check(
                    top[5] <= MAX_PAGE_BYTES,
                    f"{name}: {top[5]} bytes with CSS and JS (target <= {MAX_PAGE_BYTES})",
                )
            if largest >= LARGE_SIZE and label in ("search", FILTERED_LIBRARY[0]):
                target = SEARCH_P95_MS if label == "search" else FILTERED_LIBRARY_P95_MS
                check(
                    top[3] <= target,
                    f"{name}: p95 {top[3]:.1f} ms at {largest} items (target <= {target} ms)",
                )
        self.stdout.write("\nTargets:")
        for met, text in checks:
            mark = self.style.SUCCESS("met   ") if met else self.style.ERROR("MISSED")
            self.stdout.write(f"  {mark} {text}")
        for text in notes:
            self.stdout.write(f"  n/a    {text}")
        missed = sum(1 for met, _text in checks if not met)
        self.stdout.write(f"\n{len(checks) - missed} of {len(checks)} targets met.")
        return not missed
