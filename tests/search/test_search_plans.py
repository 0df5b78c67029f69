"""What a search costs the database at any size: "Did you mean" and word starts read the index of
words as written alone (search_term_vocabulary), and PostgreSQL compiles no plan.

At 10,000 items per model PostgreSQL read the whole table of word forms for a misspelt word's
neighbours (85 ms of a 150 ms budget) and spent 10-60 ms compiling the query of the visible pages
(decision 0006). Plans are read as SQLite chooses them, and as PostgreSQL does with fresh
statistics and no whole-table reads (on a test's few rows a table scan costs it nothing): what is
asserted is that the index can answer the query alone.
"""

from contextlib import contextmanager

import pytest

from django.db import connection

from wagtail.models import Locale

from search.engine import analyse, suggestion, word_starts

pytestmark = pytest.mark.django_db

VOCABULARY_INDEX = "search_term_vocabulary"


@contextmanager
def statements():
    """Collect the (sql, params) the database is sent."""
    sent = []

    def record(execute, sql, params, many, context):
        sent.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        yield sent


def plan_of(sql, params):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE search_searchterm")
            for way in ("seqscan", "bitmapscan"):
                cursor.execute(f"SET LOCAL enable_{way} = off")
            cursor.execute(f"EXPLAIN {sql}", params)
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return "\n".join(str(row[-1]) for row in cursor.fetchall())


def read_from_the_index_alone(plan):
    if connection.vendor == "postgresql":
        return f"Index Only Scan using {VOCABULARY_INDEX}" in plan
    return f"USING COVERING INDEX {VOCABULARY_INDEX}" in plan


def test_did_you_mean_reads_the_vocabulary_index_alone(make_page):
    make_page("en", title="Kingfisher guide", body_text="Kingfisher notes for trainers.")
    english = Locale.objects.get(language_code="en")
    words = analyse("kingfishr", "en")

    with statements() as sent:
        assert suggestion("kingfishr", words, {0}, english) == "kingfisher"

    (sql, params) = sent[-1]
    assert read_from_the_index_alone(plan_of(sql, params))


def test_word_starts_read_the_vocabulary_index_alone(make_page):
    make_page("en", title="Kingfisher guide", body_text="Kingfisher notes for trainers.")
    english = Locale.objects.get(language_code="en")

    with statements() as sent:
        assert word_starts("kingf", {english.pk}) == ["kingfisher"]

    (sql, params) = sent[-1]
    assert read_from_the_index_alone(plan_of(sql, params))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's JIT compiler")
def test_postgresql_compiles_no_query_plans():
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
