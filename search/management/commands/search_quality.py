"""`manage.py search_quality`: recall@10 and MRR of the query set per language (search/quality).

Needs the seeded demo (`manage.py seed_site`); exits non-zero when a language misses a target.
"""

from django.core.management.base import BaseCommand, CommandError

from search.quality import LANGUAGES, TARGET_MRR, TARGET_RECALL, measure


class Command(BaseCommand):
    help = "Measure the site search on its query set: recall@10 and MRR per language."

    def add_arguments(self, parser):
        parser.add_argument("--misses", action="store_true", help="List the queries below rank 1.")

    def handle(self, *args, misses=False, **options):
        self.stdout.write(
            f"{'language':<9}{'queries':>8}{'recall@10':>11}{'MRR':>7}   target: recall@10 >= {TARGET_RECALL}, MRR >= {TARGET_MRR}"
        )
        failed = []
        for language in LANGUAGES:
            figures = measure(language)
            mark = "ok" if figures.met else "MISS"
            self.stdout.write(
                f"{language:<9}{figures.queries:>8}{figures.recall:>11.3f}{figures.mrr:>7.3f}   {mark}"
            )
            if misses:
                for query, _keys, found in figures.misses:
                    self.stdout.write(f"    {query!r}: {found}")
            if not figures.met:
                failed.append(language)
        if failed:
            raise CommandError(f"below target: {', '.join(failed)}")
