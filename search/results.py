"""Run one site search across the registered kinds: counts per kind, a group or a page of results.

Kept apart from the view so the view stays a thin function: it normalises input and renders.
"""

import re
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.core.paginator import Paginator

from wagtail.models import Locale, Page

from core.folding import fold_for_search

from .engine import analyse, complete, suggestion, with_word_starts
from .kinds import page_result
from .models import promoted_pages

GROUP_SIZE = 3
EMPTY = Page.objects.none()
_WORDS = re.compile(r"\w+")
RESULTS_PER_PAGE = 10
MARKED_TERMS_AT_MOST = 30


@dataclass
class KindResults:
    """One kind's share of a search: its count, and the results shown for it."""

    kind: object
    count: int
    results: list = field(default_factory=list)


@dataclass
class SearchOutcome:
    total: int
    groups: list
    selected: KindResults | None = None
    page_obj: object = None
    promoted: list = field(default_factory=list)
    # More than one word searched, results found, and none of them has every word.
    only_some_words: bool = False
    did_you_mean: str | None = None


def backend_query(query):
    """The query as plain folded words: quotes and operators mean nothing to visitors, and a stray
    quote is a syntax error for SQLite's full-text search. Repeated words count once, and only the
    first SEARCH_MAX_WORDS distinct words are searched (each word costs the database a match)."""
    words = dict.fromkeys(_WORDS.findall(fold_for_search(query)))
    return " ".join(list(words)[: settings.SEARCH_MAX_WORDS])


def run_search(request, query, locale, kinds, selected_kind=None, page_number=None):
    """Count every kind; show a group of the best results per kind, or one kind paginated."""
    words, missing = complete(analyse(query, locale.language_code), {locale.pk, Locale.get_default().pk})
    groups, selected, page_obj = [], None, None
    found = search_every_kind(words, locale, kinds)
    terms = marked_terms(words)
    for kind in kinds:
        hits = found[kind.key]
        share = KindResults(kind, count_hits(hits))
        if kind is selected_kind:
            page_obj = Paginator(hits, RESULTS_PER_PAGE).get_page(page_number)
            share.results = _present(request, kind, page_obj.object_list, terms)
            selected = share
        elif selected_kind is None and share.count:
            share.results = _present(request, kind, hits[:GROUP_SIZE], terms)
        groups.append(share)
    promoted = []
    if page_obj is None or page_obj.number == 1:
        promoted = [page_result(page, terms, "promoted", request) for page in promoted_pages(query, locale)]
    total = sum(group.count for group in groups)
    outcome = SearchOutcome(total, groups, selected, page_obj, promoted)
    if total and len(words) > 1:
        outcome.only_some_words = not any(
            hits.found.with_all_words for hits in found.values() if count_hits(hits)
        )
    if missing:
        outcome.did_you_mean = suggestion(query, words, missing, locale)
    return outcome


def search_every_kind(words, locale, kinds):
    """{kind key: hits} of every kind for the analysed `words` (search.engine.analyse)."""
    if not words:
        return dict.fromkeys((kind.key for kind in kinds), EMPTY)
    shared = {}
    return {kind.key: kind.search(words, locale, shared) for kind in kinds}


def marked_terms(words):
    """What result summaries mark: each word's forms, longest first (a stem marks "praktikës")."""
    keys = {key for _folded, keys in words for key in keys if len(key) > 1}
    return sorted(keys, key=len, reverse=True)[:MARKED_TERMS_AT_MOST]


def count_hits(hits):
    """Page searches are lazy results that count in the database; the library hands back a ranked list."""
    return len(hits) if isinstance(hits, list) else hits.count()


def _present(request, kind, hits, terms):
    return [kind.to_result(hit, terms, kind.key, request) for hit in hits]


def count_in_source_language(query, kinds):
    """How many results the same query has in English (offered when the visitor's language has none)."""
    source = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if source is None:
        return 0
    words = with_word_starts(analyse(query, source.language_code), {source.pk})
    found = search_every_kind(words, source, kinds)
    return sum(count_hits(hits) for hits in found.values())


def library_page(locale):
    """The resource library in the visitor's language (None where it has none)."""
    return apps.get_model("resources", "ResourceLibraryPage").for_locale(locale)
