"""Reading the site search's index of word forms (search.models.SearchTerm, search/terms.py).

A query is a few words, each with its keys (search/word_forms.py). One indexed lookup lists, for
every kind of result at once (`ranked_rows`, one `Scope` per kind), each object having any of those
keys, with how many of the query's words it has, in any order and any form; which of them the
visitor may see is asked apart (`visible_among`). Entries with every word come first, then those
with most words; among equals the better field (a title word weighs 3, a summary or tag word 2, a
text word 1, the word exactly as typed a half more), then the newest. Plain SQL on one table: the
same results on SQLite and PostgreSQL.
"""

import re
import string
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.db.models import Count, IntegerField, Max, Value

from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Locale

from core.request_memo import remembered

from .models import SearchTerm
from .word_forms import fold_word, query_words

SUGGEST_FROM_LENGTH = 5  # "Did you mean" for words of at least this many letters
WORD_START_FROM = 4  # a word found nowhere, of this many letters or more, is tried as a word start
WORD_STARTS_AT_MOST = 30
_LETTERS = string.ascii_lowercase + string.digits
_WORD_OR_NOT = re.compile(r"(\w+)")


@dataclass
class Found:
    """What a search found: ids best first, and how many of the query's words each one has."""

    ids: list
    matched: dict = field(default_factory=dict)
    word_count: int = 0

    @property
    def with_all_words(self):
        return sum(1 for count in self.matched.values() if count == self.word_count)


def analyse(query, language):
    """The query's words, analysed in the visitor's language and in the source language."""
    languages = list(dict.fromkeys([language, settings.LANGUAGE_CODE]))
    return query_words(query, languages, settings.SEARCH_MAX_WORDS)


def with_word_starts(words, locale_ids):
    return complete(words, locale_ids)[0]


def complete(words, locale_ids):
    """(`words`, positions of the words found nowhere). A word with no form in the index of
    `locale_ids` gets the indexed words it starts ("godw" finds "godwit", "kvalif" finds
    "kvalifikacije"): a word typed half-way. Words of fewer than WORD_START_FROM letters are left as
    they are. One query (`known_terms`), plus one per such word (`word_starts`)."""
    keys = {key for _folded, word_keys in words for key in word_keys}
    if not keys:
        return words, set()
    known = known_terms(keys, locale_ids)
    completed, missing = [], set()
    for position, (folded, word_keys) in enumerate(words):
        starts = []
        if not known.intersection(word_keys):
            if len(folded) >= WORD_START_FROM:
                starts = word_starts(folded, locale_ids)
            if not starts:
                missing.add(position)
        completed.append((folded, (*word_keys, *starts)))
    return completed, missing


def known_terms(keys, locale_ids):
    """Which of `keys` the index of `locale_ids` has: one query, and none for keys asked before in
    the same request (a page with no results asks again for its English count)."""
    answered = remembered(("search-known", tuple(sorted(locale_ids))), dict)
    asked = sorted(key for key in keys if key not in answered)
    if asked:
        found = set(
            SearchTerm.objects.filter(term__in=asked, locale_id__in=list(locale_ids))
            .values_list("term", flat=True)
            .distinct()
        )
        answered.update((key, key in found) for key in asked)
    return {key for key in keys if answered[key]}


def word_starts(folded, locale_ids):
    """The index's words that start with `folded`, a few of them (asked once per request)."""

    def starting():
        # A range, not LIKE: the lookup index serves it on both databases, whatever their collation.
        terms = (
            SearchTerm.objects.filter(
                term__gte=folded, term__lte=folded + "z" * 40, locale_id__in=list(locale_ids), is_word=True
            )
            .values_list("term", flat=True)
            .distinct()
            .order_by("term")[:WORD_STARTS_AT_MOST]
        )
        return [term for term in terms if term.startswith(folded)]

    return remembered(("search-starts", folded, tuple(sorted(locale_ids))), starting)


def content_types_of(models):
    return sorted({pk for model in models for pk in get_descendants_content_types_pks(model)})


@dataclass(frozen=True)
class Scope:
    """What one kind of result is searched in: its content types (primary keys) in some locales."""

    content_types: tuple
    locale_ids: tuple


def ranked_rows(words, scopes):
    """[(content type, object id, how many of `words` it has)] of every object of `scopes` having
    any of `words`, best first, in one query.

    Through the lookup index, one row per object with its best weight for each word (doubled, plus
    one for the word exactly as typed: integers on every database), in rank order: most words, then
    their weight, then newest. Which of them the visitor may see is asked apart (`visible_among`):
    asked in one query, the databases plan it from the visible objects and look up each one's
    forms, three times slower at 10,000 items."""
    keys = sorted({key for _folded, word_keys in words for key in word_keys})
    positions = range(len(words))
    if not keys or not scopes:
        return []
    # Written out rather than built by the ORM: building this query cost more than running it.
    # The same plain SQL on SQLite and PostgreSQL; every value a parameter.
    best, params = [], []
    for position, (folded, word_keys) in enumerate(words):
        best.append(
            f"MAX(CASE WHEN term = %s THEN weight * 2 + 1 WHEN term IN ({_marks(word_keys)}) "
            f"THEN weight * 2 ELSE 0 END) AS w{position}"
        )
        params += [folded, *word_keys]
    in_scope = []
    for scope in scopes:
        in_scope.append(
            f"(content_type_id IN ({_marks(scope.content_types)}) AND locale_id IN ({_marks(scope.locale_ids)}))"
        )
        params += [*scope.content_types, *scope.locale_ids]
    params += keys
    matched = " + ".join(f"CASE WHEN found.w{position} > 0 THEN 1 ELSE 0 END" for position in positions)
    score = " + ".join(f"found.w{position}" for position in positions)
    sql = (
        f"SELECT found.content_type_id, found.object_id, {matched} FROM ("  # noqa: S608 - no visitor text in it
        f"SELECT content_type_id, object_id, {', '.join(best)} FROM {SearchTerm._meta.db_table} "
        f"WHERE ({' OR '.join(in_scope)}) AND term IN ({_marks(keys)}) "
        "GROUP BY content_type_id, object_id"
        f") found ORDER BY {matched} DESC, {score} DESC, found.object_id DESC"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _marks(values):
    return ", ".join(["%s"] * len(values))


def split_by_scope(rows, scopes):
    """{key: [(object id, words matched)]} of `ranked_rows`'s rows for `scopes` ({key: Scope}, each
    with its own content types), each in rank order."""
    by_type = {content_type: key for key, scope in scopes.items() for content_type in scope.content_types}
    split = {key: [] for key in scopes}
    for content_type, object_id, count in rows:
        split[by_type[content_type]].append((object_id, count))
    return split


def ranked_found(rows, shown, word_count, *, every_word=False):
    """Found: the `rows` ((object id, words matched), best first) among the ids `shown`."""
    least = word_count if every_word else 1
    ranked = [(object_id, count) for object_id, count in rows if count >= least and object_id in shown]
    return Found([object_id for object_id, _count in ranked], dict(ranked), word_count)


def find(words, models, locale_ids, visible, *, every_word=False):
    """Primary keys of `models` (in `locale_ids`) having any of `words` (`analyse`), among
    `visible` (what the visitor may find: a queryset, or a function returning a set of ids), best
    first; with `every_word`, only those that have all of them. Two queries (`ranked_rows`, then
    which of them are visible)."""
    if not words:
        return Found([])
    scope = Scope(tuple(content_types_of(models)), tuple(locale_ids))
    rows = [(object_id, count) for _type, object_id, count in ranked_rows(words, [scope])]
    if not rows:
        return Found([], word_count=len(words))
    shown = visible() if callable(visible) else visible_among(visible, [object_id for object_id, _c in rows])
    return ranked_found(rows, shown, len(words), every_word=every_word)


VISIBLE_BY_ID_AT_MOST = 500  # more candidates than this: read the visible ids rather than look each up


def visible_among(visible, candidates):
    """The set of `candidates` (primary keys) in the queryset `visible`."""
    return visible_among_each([(visible, candidates)])[0]


def visible_among_each(pairs):
    """[the set of `candidates` in `visible`] for each (visible queryset, candidates) of `pairs`,
    in one query: a UNION ALL of each one's ids, asked by the candidates' ids when there are at
    most VISIBLE_BY_ID_AT_MOST, else all of its visible ids (plain rows: 10,000 ids without the
    ORM's work per row)."""
    branches = []
    for index, (visible, candidates) in enumerate(pairs):
        if not candidates:
            continue
        ids = visible.order_by()
        if len(candidates) <= VISIBLE_BY_ID_AT_MOST:
            ids = ids.filter(pk__in=candidates)
        branches.append(ids.values_list("pk", Value(index, output_field=IntegerField())))
    found = [set() for _pair in pairs]
    if not branches:
        return found
    combined = branches[0].union(*branches[1:], all=True) if len(branches) > 1 else branches[0]
    sql, params = combined.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for pk, index in cursor.fetchall():
            found[index].add(pk)
    return [ids.intersection(candidates) for ids, (_visible, candidates) in zip(found, pairs, strict=True)]


def one_edit(word):
    """Every string one deletion, swap, change or insertion away from `word` (Norvig's edits1)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [left + right[1:] for left, right in splits if right]
    swaps = [left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1]
    changes = [left + letter + right[1:] for left, right in splits if right for letter in _LETTERS]
    inserts = [left + letter + right for left, right in splits for letter in _LETTERS]
    return set(deletes + swaps + changes + inserts) - {word}


def suggestion(query, words, missing, locale):
    """ "Did you mean": the query with each word of `missing` (positions in `words`, found nowhere)
    of five letters or more replaced by the commonest word of the index in `locale`'s language
    one edit away; None when no word has such a neighbour."""
    locale_id = locale.pk if isinstance(locale, Locale) else locale
    replaced = {}
    for position in sorted(missing):
        folded = words[position][0]
        if len(folded) < SUGGEST_FROM_LENGTH:
            continue
        # Read from the vocabulary index alone (search_term_vocabulary): rows counted, not object
        # ids (a row is one object's form), so no row of the table is visited.
        near = (
            SearchTerm.objects.filter(term__in=sorted(one_edit(folded)), locale_id=locale_id, is_word=True)
            .values("term")
            .annotate(uses=Count("*"), written=Max("written"))
            .order_by("-uses", "term")
            .first()
        )
        if near:
            replaced[folded] = near["written"] or near["term"]
    if not replaced:
        return None
    # The visitor's own query with those words replaced: their other words stay as they typed them.
    parts = _WORD_OR_NOT.split(query)
    return "".join(replaced.get(fold_word(part.lower()), part) for part in parts)
