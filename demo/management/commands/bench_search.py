"""`manage.py bench_search`: a never-seen site search at 10,000 items per model, p50 and p95.

On a throwaway database only (SQLite or PostgreSQL, by DATABASE_URL): it migrates, seeds the demo
when it is empty, tops the item models (resources, news, events) up to --items with demo/fill.py,
then times --queries site searches through Django's test client, each a query never searched
before (two or three words of the index's own vocabulary in that language, one of them in another
form, in a random order), in every language. Prints p50 and p95 beside the target and exits
non-zero when p95 misses it. `make bench` calls it.
"""

import os
import random
import statistics
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client

from search.models import SearchTerm

TARGET_P95_MS = 150
ITEMS = 10_000
ENDINGS = {
    "en": ["s", "ing"],
    "sq": ["ë", "it", "et", "ës"],
    "cnr": ["a", "u", "om", "ima"],
    "it": ["i", "e"],
}


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


class Command(BaseCommand):
    help = "Time never-seen site searches at 10,000 items per model (throwaway database)."

    def add_arguments(self, parser):
        parser.add_argument("--items", type=int, default=ITEMS, help="items per item model")
        parser.add_argument("--queries", type=int, default=60, help="queries per language")
        parser.add_argument("--languages", default=",".join(code for code, _name in settings.LANGUAGES))
        parser.add_argument("--seed", type=int, default=26)
        parser.add_argument(
            "--yes-this-database-is-throwaway",
            action="store_true",
            dest="throwaway",
            help="skip the name check",
        )

    def handle(self, *args, **options):
        name = str(connection.settings_dict["NAME"])
        if not options["throwaway"] and not any(word in name for word in ("bench", "tmp", "test")):
            raise CommandError(
                f"refusing to fill {name}: use a throwaway database (its name with bench, tmp or test)"
            )
        settings.PAGE_CACHE_SECONDS = 0
        self.stdout.write(f"Database: {name} ({connection.vendor})")
        started = time.perf_counter()
        call_command("migrate", verbosity=0, interactive=False)
        from resources.models import Resource

        if not Resource.objects.exists():
            call_command("seed_site", stdout=open("/dev/null", "w"))  # noqa: SIM115 - closed with the process
        from demo.fill import fill_site

        fill_site(options["items"], self.stdout.write)
        self.stdout.write(
            f"Ready in {time.perf_counter() - started:.0f} s ({SearchTerm.objects.count()} word forms)"
        )
        load = os.getloadavg()[0]
        self.stdout.write(
            f"Load average {load:.1f} on {os.cpu_count()} cores: wall times include waiting for a core"
            if load > (os.cpu_count() or 1) / 2
            else f"Load average {load:.1f} on {os.cpu_count()} cores"
        )
        randomiser = random.Random(options["seed"])  # noqa: S311 - repeatable queries, no secret
        client = Client()
        failed = []
        for language in options["languages"].split(","):
            queries = self.never_seen_queries(language, options["queries"], randomiser)
            client.get(f"/{language}/search/?q=warm")  # the first request of a process loads its code
            timings, cpu = [], []
            for query in queries:
                began, began_cpu = time.perf_counter(), time.process_time()
                response = client.get(f"/{language}/search/", {"q": query})
                timings.append((time.perf_counter() - began) * 1000)
                cpu.append((time.process_time() - began_cpu) * 1000)
                if response.status_code != 200:
                    raise CommandError(f"{query!r}: status {response.status_code}")
            p50, p95 = statistics.median(timings), percentile(timings, 0.95)
            met = p95 <= TARGET_P95_MS
            failed += [] if met else [language]
            self.stdout.write(
                f"search [{language}] {len(queries)} never-seen queries at {options['items']} items: "
                f"p50 {p50:.1f} ms, p95 {p95:.1f} ms (target p95 <= {TARGET_P95_MS} ms) {'ok' if met else 'MISS'}; "
                f"this process's CPU p50 {statistics.median(cpu):.1f} ms, p95 {percentile(cpu, 0.95):.1f} ms"
                f"{' (with SQLite: the whole request)' if connection.vendor == 'sqlite' else ''}"
            )
        if failed:
            raise CommandError(f"search p95 over {TARGET_P95_MS} ms in: {', '.join(failed)}")

    def never_seen_queries(self, language, count, randomiser):
        vocabulary = list(
            SearchTerm.objects.filter(locale_id__in=self.locale_ids(language), is_word=True)
            .values_list("term", flat=True)
            .distinct()
            .order_by("term")
        )
        vocabulary = [word for word in vocabulary if len(word) >= 4 and not word.isdigit()] or ["training"]
        queries = set()
        while len(queries) < count:
            words = randomiser.sample(vocabulary, min(len(vocabulary), randomiser.choice((2, 3))))
            words[0] += randomiser.choice(ENDINGS.get(language, [""]))
            randomiser.shuffle(words)
            queries.add(" ".join(words))
        return sorted(queries)

    def locale_ids(self, language):
        from wagtail.models import Locale

        return list(Locale.objects.filter(language_code=language).values_list("pk", flat=True))
