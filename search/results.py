"""Run one site search across the registered kinds: counts per kind, a group or a page of results.

Kept apart from the view so the view stays a thin function: it normalises input and renders.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator

from wagtail.models import Locale, Page

from core.folding import fold_for_search
from resources.models import ResourceLibraryPage

from .kinds import page_result
from .models import promoted_pages
from .summaries import query_terms

GROUP_SIZE = 3
EMPTY = Page.objects.none()
_WORDS = re.compile(r"\w+")
RESULTS_PER_PAGE = 10


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


def backend_query(query):
    """The query as plain folded words: quotes and operators mean nothing to visitors, and a stray
    quote is a syntax error for SQLite's full-text search. Repeated words count once, and only the
    first SEARCH_MAX_WORDS distinct words are searched (each word costs the database a match)."""
    words = dict.fromkeys(_WORDS.findall(fold_for_search(query)))
    return " ".join(list(words)[: settings.SEARCH_MAX_WORDS])


def run_search(request, query, locale, kinds, selected_kind=None, page_number=None):
    """Count every kind; show a group of the best results per kind, or one kind paginated."""
    return _run_search(request, query, locale, kinds, selected_kind, page_number)


def search_every_kind(folded, locale, kinds):
    """{kind key: hits} of every kind for whole words; if none matched anywhere, for the last word as a
    word start ("cilesi" finds "cilësisë"). One rule for the whole query: a visitor sees either
    what their words found or what their words' starts found, never both mixed by kind."""
    if not folded:
        return dict.fromkeys((kind.key for kind in kinds), EMPTY)
    found = {kind.key: kind.search(folded, locale) for kind in kinds}
    if not any(count_hits(hits) for hits in found.values()):
        found = {kind.key: kind.search(folded, locale, word_starts=True) for kind in kinds}
    return found


def _run_search(request, query, locale, kinds, selected_kind=None, page_number=None):
    folded = backend_query(query)
    terms = query_terms(folded)
    groups, selected, page_obj = [], None, None
    found = search_every_kind(folded, locale, kinds)
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
    return SearchOutcome(total, groups, selected, page_obj, promoted)


def count_hits(hits):
    """Page searches are lazy results that count in the database; the library hands back a ranked list."""
    return len(hits) if isinstance(hits, list) else hits.count()


def _present(request, kind, hits, terms):
    return [kind.to_result(hit, terms, kind.key, request) for hit in hits]


def count_in_source_language(query, kinds):
    """How many results the same query has in English (offered when the visitor's language has none)."""
    folded = backend_query(query)
    source = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if not folded or source is None:
        return 0
    return sum(count_hits(hits) for hits in search_every_kind(folded, source, kinds).values())


def library_page(locale):
    """The resource library in the visitor's language (None where it has none)."""
    return ResourceLibraryPage.for_locale(locale)
