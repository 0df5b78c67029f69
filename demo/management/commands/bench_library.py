"""Time the resource library with many resources (default 10,000) and report its query counts.

It adds resources to the database it runs against, so run it on a scratch database only:

    export DATABASE_URL=sqlite:////tmp/bench.sqlite3
    manage.py migrate && manage.py seed_site && manage.py bench_library --scratch
"""

import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from demo.fill import fill_library
from resources.models import Framework, Resource

URLS = [
    "/en/resources/",
    "/en/resources/?framework=eqavet&type=guide&audience=trainers&audience=vet-managers",
    "/sq/resources/?eqf=4&sort=newest&page=3",
    "/en/resources/?q=quality+cycle",
]


class Command(BaseCommand):
    help = "Fill a SCRATCH database with resources and time the library (median, p95, queries per request)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--count", type=int, default=10_000, help="Resources in the library (default 10,000)"
        )
        parser.add_argument("--requests", type=int, default=10, help="Timed requests per URL (default 10)")
        parser.add_argument("--scratch", action="store_true", help="Confirm that this database may be filled")

    def handle(self, *args, count, requests, scratch, **options):
        if not scratch:
            raise CommandError(
                "This adds thousands of resources. Point DATABASE_URL at a scratch database and pass --scratch."
            )
        if not Framework.objects.exists():
            raise CommandError(
                "Run seed_site first: the benchmark needs the frameworks and the library page."
            )
        self.fill(count)
        self.stdout.write(
            f"{Resource.objects.count()} resources in the database; {requests} requests per URL."
        )
        client = Client(HTTP_HOST="localhost")
        for url in URLS:
            client.get(url)  # warm caches
            timings = []
            for _ in range(requests):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    response = client.get(url)
                    timings.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise CommandError(f"{url} answered {response.status_code}")
            p95 = sorted(timings)[max(0, round(0.95 * len(timings)) - 1)]
            self.stdout.write(
                f"{url}\n  median {statistics.median(timings):.0f} ms, p95 {p95:.0f} ms, "
                f"{len(queries)} queries, {len(response.content) // 1024} KB"
            )

    def fill(self, count):
        """Add English resources up to `count` (demo/fill.py)."""
        self.stdout.write(f"Added {fill_library(count)} resources.")
