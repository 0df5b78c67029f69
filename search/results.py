"""Run one site search across the registered kinds: counts per kind, a group or a page of results.

Kept apart from the view so the view stays a thin function: it normalises input and renders.
"""

import re
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.core.paginator import Paginator

from core.folding import fold_for_search
from core.locales import default_locale

from .engine import (
    analyse,
    complete,
    ranked_found,
    ranked_rows,
    split_by_scope,
    suggestion,
    visible_among_each,
)
from .kinds import RankedHits, page_result, real_pages
from .models import promoted_pages

GROUP_SIZE = 3
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
    words, found, missing = search_query(query, locale, kinds)
    groups, selected, page_obj, shown = [], None, None, {}
    for kind in kinds:
        hits = found[kind.key]
        share = KindResults(kind, hits.count())
        if kind is selected_kind:
            page_obj = Paginator(hits.ids, RESULTS_PER_PAGE).get_page(page_number)
            shown[kind.key] = list(page_obj.object_list)
            selected = share
        elif selected_kind is None and share.count:
            shown[kind.key] = hits.ids[:GROUP_SIZE]
        groups.append(share)
    terms = marked_terms(words)
    objects = fetch_shown(kinds, shown)
    for share in groups:
        kind = share.kind
        hits = [
            objects[kind.in_library][pk] for pk in shown.get(kind.key, []) if pk in objects[kind.in_library]
        ]
        share.results = [kind.to_result(hit, terms, kind.key, request) for hit in hits]
    if page_obj is not None:
        page_obj.object_list = selected.results
    promoted = []
    if page_obj is None or page_obj.number == 1:
        promoted = [page_result(page, terms, "promoted", request) for page in promoted_pages(query, locale)]
    total = sum(group.count for group in groups)
    outcome = SearchOutcome(total, groups, selected, page_obj, promoted)
    outcome.only_some_words = only_some_words(words, found.values())
    if missing:
        outcome.did_you_mean = suggestion(query, words, missing, locale)
    return outcome


def fetch_shown(kinds, shown):
    """{in the library: {pk: object}} of the hits shown: every page kind's in one query
    (search.kinds.specific_pages), the library's in another."""
    ids = {False: [], True: []}
    for kind in kinds:
        ids[kind.in_library].extend(shown.get(kind.key, []))
    fetchers = {kind.in_library: kind.fetch for kind in kinds}
    return {where: fetchers[where](pks) if pks else {} for where, pks in ids.items()}


def only_some_words(words, hits):
    """More than one word searched, something found, and nothing found has every word."""
    found = [one for one in hits if one.count()]
    return bool(found) and len(words) > 1 and not any(one.found.with_all_words for one in found)


def search_query(query, locale, kinds, vocabulary=None):
    """(the query's words, {kind key: RankedHits}, positions of the words found nowhere).

    One query finds every kind's matches (search.engine.ranked_rows). Only when nothing has every
    word is the index asked which words it lacks (in the locales of `vocabulary`, by default
    `locale` and the source language): each is tried as a word start, and the search runs again
    when one is completed (search.engine.complete)."""
    words = analyse(query, locale.language_code)
    found, has_every_word = search_every_kind(words, locale, kinds)
    if has_every_word:
        return words, found, set()
    completed, missing = complete(words, vocabulary or {locale.pk, default_locale().pk})
    if completed != words:  # a word got the words it starts
        found, _has_every_word = search_every_kind(completed, locale, kinds)
    return completed, found, missing


def search_every_kind(words, locale, kinds):
    """({kind key: RankedHits}, whether some object of `kinds` has every word, visible or not)
    for the analysed `words` (search.engine.analyse) in `locale`. Two queries whatever the number
    of kinds: the matches of them all (search.engine.ranked_rows), then which of them the visitor
    may see, the pages of every kind and the library's entries together (visible_among_each)."""
    if not words:
        return {kind.key: RankedHits([], kind.fetch) for kind in kinds}, True
    scopes = {kind.key: kind.scope(locale) for kind in kinds}
    rows = ranked_rows(words, list(scopes.values()))
    by_kind = split_by_scope(rows, scopes)
    pages = [pk for kind in kinds if not kind.in_library for pk, _count in by_kind[kind.key]]
    entries = [pk for kind in kinds if kind.in_library for pk, _count in by_kind[kind.key]]
    library = apps.get_model("resources", "Resource").objects.in_library_of(locale) if entries else None
    visible = dict(
        zip(
            (False, True),
            visible_among_each([(real_pages(locale), pages), (library, entries)]),
            strict=True,
        )
    )
    found = {}
    for kind in kinds:
        candidates = by_kind[kind.key]
        ranked = ranked_found(candidates, visible[kind.in_library], len(words))
        found[kind.key] = RankedHits(ranked.ids, kind.fetch, ranked)
    return found, bool(rows) and rows[0][2] == len(words)


def marked_terms(words):
    """What result summaries mark: each word's forms, longest first (a stem marks "praktikës")."""
    keys = {key for _folded, keys in words for key in keys if len(key) > 1}
    return sorted(keys, key=len, reverse=True)[:MARKED_TERMS_AT_MOST]


def count_in_source_language(query, kinds, locale):
    """How many results the same query has in English (offered when the visitor's language, of
    `locale`, has none). Its words are checked against the same vocabulary as the visitor's search
    (theirs and English): what that search asked of the index is not asked again."""
    source = default_locale()
    _words, found, _missing = search_query(query, source, kinds, vocabulary={locale.pk, source.pk})
    return sum(hits.count() for hits in found.values())


def library_page(locale):
    """The resource library in the visitor's language (None where it has none)."""
    return apps.get_model("resources", "ResourceLibraryPage").for_locale(locale)
