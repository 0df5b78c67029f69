"""Reading the site search's index of word forms (search.models.SearchTerm, search/terms.py).

A query is a few words, each with its keys (search/word_forms.py). One indexed lookup lists every
(object, key, weight) of those keys; the objects a visitor may see are kept (one more query, with
the lookup as a subquery); each object counts the query's words it has, in any order and any
form. Entries with every word come first, then those with most words; among equals the better
field (a title word weighs 3, a summary or tag word 2, a text word 1, the word exactly as typed a
half more), then the newest. Plain SQL on one table: the same results on SQLite and PostgreSQL.
"""

import re
import string
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.db.models import Case, Count, F, Max, Value, When

from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Locale

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
    they are. One query, plus one per such word."""
    keys = {key for _folded, word_keys in words for key in word_keys}
    if not keys:
        return words, set()
    known = set(
        SearchTerm.objects.filter(term__in=sorted(keys), locale_id__in=list(locale_ids))
        .values_list("term", flat=True)
        .distinct()
    )
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


def word_starts(folded, locale_ids):
    """The index's words that start with `folded`, a few of them."""
    # A range, not LIKE: the lookup index serves it on both databases, whatever their collation.
    starting = (
        SearchTerm.objects.filter(
            term__gte=folded, term__lte=folded + "z" * 40, locale_id__in=list(locale_ids), is_word=True
        )
        .values_list("term", flat=True)
        .distinct()
        .order_by("term")[:WORD_STARTS_AT_MOST]
    )
    return [term for term in starting if term.startswith(folded)]


def content_types_of(models):
    return sorted({pk for model in models for pk in get_descendants_content_types_pks(model)})


def find(words, models, locale_ids, visible, *, every_word=False):
    """Primary keys of `models` (in `locale_ids`) having any of `words` (`analyse`), among
    `visible` (what the visitor may find: a queryset, or a function returning a set of ids), best
    first; with `every_word`, only those
    that have all of them.

    Two queries. Through the lookup index, one row per object with its best weight for each word
    (doubled, plus one for the word exactly as typed: integers on every database), how many words
    it has and their sum, in rank order; then which objects the visitor may see. (Asked in one
    query, the databases plan it from the visible objects and look up each one's forms: three
    times slower at 10,000 items.)"""
    if not words:
        return Found([])
    best_of_word = {
        f"w{position}": Max(
            Case(
                When(term=folded, then=F("weight") * 2 + 1),
                When(term__in=list(keys), then=F("weight") * 2),
                default=Value(0),
            )
        )
        for position, (folded, keys) in enumerate(words)
    }
    grouped = (
        SearchTerm.objects.filter(
            term__in=sorted({key for _folded, keys in words for key in keys}),
            content_type_id__in=content_types_of(models),
            locale_id__in=list(locale_ids),
        )
        .values("object_id")
        .order_by()
        .annotate(**best_of_word)
        .values_list("object_id", *best_of_word)
    )
    inner, params = grouped.query.sql_with_params()
    matched = " + ".join(
        f"CASE WHEN found.w{position} > 0 THEN 1 ELSE 0 END" for position in range(len(words))
    )
    score = " + ".join(f"found.w{position}" for position in range(len(words)))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT found.object_id, {matched} FROM ({inner}) found "  # noqa: S608 - no visitor text in it
            f"ORDER BY {matched} DESC, {score} DESC, found.object_id DESC",
            params,
        )
        rows = cursor.fetchall()
    if not rows:
        return Found([], word_count=len(words))
    candidates = [object_id for object_id, _matched in rows]
    shown = visible() if callable(visible) else visible_among(visible, candidates)
    least = len(words) if every_word else 1
    ranked = [(object_id, count) for object_id, count in rows if count >= least and object_id in shown]
    return Found([object_id for object_id, _count in ranked], dict(ranked), len(words))


VISIBLE_BY_ID_AT_MOST = 500  # more candidates than this: read the visible ids rather than look each up


def visible_among(visible, candidates):
    """The set of `candidates` (primary keys) in the queryset `visible`."""
    if not candidates:
        return set()
    if len(candidates) <= VISIBLE_BY_ID_AT_MOST:
        return set(visible.filter(pk__in=candidates).values_list("pk", flat=True))
    sql, params = visible.order_by().values_list("pk").query.sql_with_params()
    with connection.cursor() as cursor:  # plain rows: 10,000 ids without the ORM's work per row
        cursor.execute(sql, params)
        return {pk for (pk,) in cursor.fetchall()}.intersection(candidates)


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
        near = (
            SearchTerm.objects.filter(term__in=sorted(one_edit(folded)), locale_id=locale_id, is_word=True)
            .values("term")
            .annotate(uses=Count("object_id"), written=Max("written"))
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
