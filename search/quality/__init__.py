"""The site search's query set (queries.json) and its measure: recall@10 and mean reciprocal rank.

Each query lists what it must find: "resource:<slug>" (ranked among the library entries the site
search finds in the visitor's language) or "page:<slug>" (ranked among the pages of its kind).
recall@10: the share of those found in the first ten of their kind; MRR: the mean over queries of
1 / the rank of the first one found (0 when none is found).
"""

import json
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps

from wagtail.models import Locale, Page

QUERIES = Path(__file__).with_name("queries.json")
LANGUAGES = ("en", "sq", "cnr", "it")
TOP = 10
TARGET_RECALL = 0.95
TARGET_MRR = 0.8


def query_set():
    """{language: [(query, [keys])]}"""
    data = json.loads(QUERIES.read_text(encoding="utf-8"))
    return {language: [(item["query"], item["finds"]) for item in data[language]] for language in LANGUAGES}


def hits_by_kind(query, locale):
    """{kind key: hits} as the site search finds them (search.results.search_query)."""
    from search.kinds import KINDS
    from search.results import search_query

    return search_query(query, locale, KINDS)[1]


def ranks(query, locale, searcher=hits_by_kind):
    """{key: rank from 1} of everything the query finds, each ranked within its kind."""
    found = {}
    for kind_key, hits in searcher(query, locale).items():
        ids = list(getattr(hits, "ids", []))
        if not ids:
            continue
        model = apps.get_model("resources", "Resource") if kind_key == "resources" else Page
        slugs = dict(model.objects.filter(pk__in=ids).values_list("pk", "slug"))
        prefix = "resource:" if kind_key == "resources" else "page:"
        for rank, pk in enumerate(ids, start=1):
            key = prefix + slugs.get(pk, "")
            found[key] = min(rank, found.get(key, rank))
    return found


@dataclass
class Figures:
    language: str
    queries: int
    recall: float
    mrr: float
    misses: list

    @property
    def met(self):
        return self.recall >= TARGET_RECALL and self.mrr >= TARGET_MRR


def measure(language, searcher=hits_by_kind, queries=None):
    locale = Locale.objects.get(language_code=language)
    queries = queries if queries is not None else query_set()[language]
    expected = found_in_top = 0
    reciprocal = 0.0
    misses = []
    for query, keys in queries:
        ranked = ranks(query, locale, searcher)
        positions = [ranked[key] for key in keys if key in ranked]
        in_top = [position for position in positions if position <= TOP]
        expected += len(keys)
        found_in_top += len(in_top)
        reciprocal += 1 / min(positions) if positions else 0.0
        if len(in_top) < len(keys) or not positions or min(positions) > 1:
            misses.append((query, keys, {key: ranked.get(key) for key in keys}))
    count = len(queries)
    return Figures(language, count, found_in_top / expected if expected else 1.0, reciprocal / count, misses)
