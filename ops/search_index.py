"""What matches a visitor's words, read from Wagtail's search index in one pass per query.

Wagtail's database backend on SQLite ranks every matching row in a correlated subquery of its own
(django-modelsearch #85: "takes several minutes" on a large index): a query searched for the first
time took 0.5 to 13 s here at 10,000 items per model. On SQLite, `matching_pks` reads the FTS5
index directly instead: one query lists every match of every model (ids only, however many); one
more orders them by bm25, weighted as Wagtail's backend weighs them
(title_norm), when the words match at most SCORED_ROWS_AT_MOST entries. Past that, the
newest come first: scoring thousands of matches costs more than a visitor would wait, and tells
them little.

Other databases (PostgreSQL in production) rank in one pass through Wagtail's own backend, with the
visible set as part of the query.
"""

from array import array
from functools import lru_cache

from django.db import connection

from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.models import IndexEntry

# Ranking reads every matching row again to score it (about 4 µs a row on SQLite): past this many
# rows, the newest come first.
SCORED_ROWS_AT_MOST = 2_000
OPERATOR = "and"  # every word must match, on SQLite and PostgreSQL alike (their defaults differ)
OPERATORS = ("and", "or")


def matching_pks(models, words, visible_pks, searchable, *, word_starts=False, operator=OPERATOR):
    """Primary keys of `models` matching every one of `words` (folded plain words; any one of them
    with `operator` "or") and among `visible_pks()` (a set: what the visitor may find, which the
    caller computes once per request), best first. With `word_starts`, the last word matches the start of a word
    ("cilesi" finds "cilesise") in autocomplete fields. `searchable()` is the queryset searched
    where the database ranks in one pass (not SQLite): what the visitor may find, as a query."""
    if not words:
        return []
    if connection.vendor != "sqlite":
        queryset = searchable().only("pk")
        search = queryset.autocomplete if word_starts else queryset.search
        found = [hit.pk for hit in search(words, operator=operator)]
        visible = visible_pks()
        return [pk for pk in found if pk in visible]
    content_types = tuple(sorted({pk for model in models for pk in get_descendants_content_types_pks(model)}))
    match = _match_expression(words, word_starts, operator)
    every_match = _matches(match)
    passed = [pks for content_type, pks in every_match.items() if content_type in content_types]
    if not passed:
        return []
    visible = visible_pks()
    found = [pk for pks in passed for pk in pks if pk in visible]
    # Scoring reads every row the words match, whatever its model.
    if sum(len(pks) for pks in every_match.values()) > SCORED_ROWS_AT_MOST:
        return sorted(found, reverse=True)  # newest first
    scores = _scores(match, content_types, not word_starts)
    return sorted(found, key=lambda pk: (scores.get(pk, 0.0), -pk))


def _match_expression(words, word_starts, operator):
    """An FTS5 query, as Wagtail's SQLite backend writes one (words are already plain: no quotes)."""
    terms = [f'"{word}"' for word in words.split()]
    joined = f" {operator.upper()} ".join
    if word_starts:
        terms[-1] += "*"
        return "{autocomplete} : (" + joined(terms) + ")"
    return "{title body} : (" + joined(terms) + ")"


def _tables():
    fts = IndexEntry._meta.db_table + "_fts"
    return fts, IndexEntry._meta.db_table


LOOKUP_INDEX = "search_indexentry_lookup"  # search/migrations/0002_index_entry_lookup.py


@lru_cache(maxsize=1)
def _entries_through_lookup_index():
    """The entries table as a search joins it (as `e`): through the covering index of its type and object
    where migrations made it (SQLite does not pick it by itself for a rowid lookup)."""
    _fts, entries = _tables()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = %s", [LOOKUP_INDEX])
        found = cursor.fetchone() is not None
    return f'"{entries}" e INDEXED BY {LOOKUP_INDEX}' if found else f'"{entries}" e'


def _matches(match):
    """{content type id: array of primary keys} of every index entry matching `match`, grouped by
    the database: half the time of a row per match (30 ms for 20,000 matches)."""
    fts, _entries = _tables()
    entries = _entries_through_lookup_index()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT e.content_type_id, group_concat(e.object_id) "  # noqa: S608 - table names from models
            f'FROM "{fts}" f CROSS JOIN {entries} ON e.id = f.rowid WHERE "{fts}" MATCH %s GROUP BY e.content_type_id',
            [match],
        )
        return {content_type: array("q", map(int, pks.split(","))) for content_type, pks in cursor.fetchall()}


def _scores(match, content_types, by_title):
    """{primary key: bm25 score} of the entries of `content_types` matching `match` (lower is
    better). As Wagtail's backend scores a search (title_norm weighs short titles up) or an
    autocomplete (bm25 alone). The index drives the query (CROSS JOIN, and no index on the content
    type): SQLite otherwise reads every entry of those types and matches each one (2 s at 10,000)."""
    fts, entries = _tables()
    weight = "(e.title_norm + 1.0)" if by_title else "1.0"
    placeholders = ", ".join(["%s"] * len(content_types))
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT e.object_id, bm25("{fts}") * {weight} FROM "{fts}" f '  # noqa: S608 - table names from models
            f'CROSS JOIN "{entries}" e ON e.id = f.rowid WHERE "{fts}" MATCH %s AND +e.content_type_id IN ({placeholders})',
            [match, *content_types],
        )
        return {int(object_id): score for object_id, score in cursor.fetchall()}
