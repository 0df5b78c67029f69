"""Benchmark every public page type at 100, 1,000 and 10,000 items (run it with `make bench`).

Works on a throwaway SQLite database only (make bench points DATABASE_URL at a temporary
directory): it migrates, seeds the demo, then tops up the item models (resources, news, events) with
demo/fill.py, and for each size prints, per page type of demo/public_urls.py:
the database queries of one uncached request, the median and 95th percentile response time through
Django's test client with the page cache missed and hit, and the bytes of the page's HTML and of
the CSS and JS it loads.
"""

import logging
import re
import statistics
import tempfile
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client

from demo.fill import fill_site
from ops import page_cache

SIZES = (100, 1_000, 10_000)
ASSET_PATTERN = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')


def _percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _content(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


class Command(BaseCommand):
    help = "Benchmark the public page types on a throwaway database (use `make bench`)."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=200, help="requests per page type and mode")
        parser.add_argument("--sizes", default=",".join(str(size) for size in SIZES))
        parser.add_argument("--language", default="en")

    def handle(self, *args, **options):
        self.refuse_real_databases()
        logging.getLogger("django.request").setLevel(logging.ERROR)  # the 404 page type is expected
        # It runs on the test settings (which leave the page cache off) and measures hits and misses.
        settings.PAGE_CACHE_SECONDS = 600
        from demo.public_urls import public_urls

        sizes = [int(size) for size in options["sizes"].split(",")]
        self.stdout.write(f"Database: {connection.settings_dict['NAME']} ({connection.vendor})")
        call_command("migrate", verbosity=0, interactive=False)
        call_command("seed_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
        client = Client()
        rows = []
        for size in sizes:
            self.stdout.write(f"Seeding {size} items per item model")
            fill_site(size, self.stdout.write)
            for target in public_urls(options["language"]):
                rows.append((target.label, size, *self.measure(client, target.url, options["requests"])))
        self.print_table(rows)

    def refuse_real_databases(self):
        name = str(connection.settings_dict["NAME"])
        if connection.vendor != "sqlite" or not name.startswith(tempfile.gettempdir()):
            raise CommandError(
                "The benchmark writes thousands of items: it runs only on an SQLite database in a "
                f"temporary directory (got {name}). Use `make bench`."
            )

    def measure(self, client, url, requests):
        page_cache.invalidate()
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
        uncached = []
        for _ in range(requests):
            page_cache.invalidate()
            started = time.perf_counter()
            client.get(url)
            uncached.append((time.perf_counter() - started) * 1000)
        client.get(url)
        cached = []
        for _ in range(requests):
            started = time.perf_counter()
            client.get(url)
            cached.append((time.perf_counter() - started) * 1000)
        return (
            response.status_code,
            len(queries),
            statistics.median(uncached),
            _percentile(uncached, 0.95),
            statistics.median(cached),
            _percentile(cached, 0.95),
            len(html),
            css,
            js,
        )

    def print_table(self, rows):
        header = (
            f"{'page type':<32} {'items':>6} {'status':>6} {'queries':>7} "
            f"{'p50 ms':>7} {'p95 ms':>7} {'p50 hit':>7} {'p95 hit':>7} {'HTML B':>7} {'CSS B':>6} {'JS B':>6}"
        )
        self.stdout.write("\n" + header + "\n" + "-" * len(header))
        for label, size, status, queries, p50, p95, hit50, hit95, html, css, js in rows:
            self.stdout.write(
                f"{label[:32]:<32} {size:>6} {status:>6} {queries:>7} {p50:>7.1f} {p95:>7.1f} "
                f"{hit50:>7.2f} {hit95:>7.2f} {html:>7} {css:>6} {js:>6}"
            )
        self.print_verdict(rows)

    def print_verdict(self, rows):
        by_type = {}
        for label, size, _status, queries, _p50, p95, _h50, hit95, html, css, js in rows:
            by_type.setdefault(label, {})[size] = (queries, p95, hit95, html + css + js)
        problems = []
        for label, results in by_type.items():
            counts = {size: result[0] for size, result in results.items()}
            if len(set(counts.values())) > 1:
                problems.append(f"{label}: query count changes with the items {counts}")
            largest = results[max(results)]
            statuses = {row[2] for row in rows if row[0] == label}
            if largest[1] >= 150:
                problems.append(f"{label}: uncached p95 {largest[1]:.1f} ms (target < 150 ms)")
            if largest[2] >= 15 and statuses == {200}:  # only 200 responses are cached
                problems.append(f"{label}: cached p95 {largest[2]:.1f} ms (target < 15 ms)")
            if largest[3] >= 100 * 1024:
                problems.append(f"{label}: HTML+CSS+JS {largest[3]} bytes (target < 100 KB)")
        self.stdout.write("")
        if problems:
            self.stdout.write(self.style.WARNING("Targets missed:\n  " + "\n  ".join(problems)))
        else:
            self.stdout.write(
                self.style.SUCCESS("All targets met: equal query counts, p95 < 150 / 15 ms, < 100 KB.")
            )
