"""The query set the project owns (search/quality/queries.json): every query, as a trainer types
it, finds what it names in the seeded demo within the first ten of its kind, and each language
meets the targets `make search-quality` checks."""

import pytest

from search.quality import LANGUAGES, TARGET_MRR, TARGET_RECALL, TOP, measure, query_set, ranks

pytestmark = pytest.mark.django_db

CASES = [(language, query, finds) for language, queries in query_set().items() for query, finds in queries]


def test_the_query_set_has_at_least_25_queries_in_every_language():
    assert {language: len(queries) >= 25 for language, queries in query_set().items()} == dict.fromkeys(
        LANGUAGES, True
    )


@pytest.mark.parametrize(("language", "query", "finds"), CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES])
def test_a_trainers_query_finds_what_it_names(locales, language, query, finds):
    found = ranks(query, locales[language])

    assert {key: found.get(key, "not found") for key in finds} == {
        key: found[key] for key in finds if found.get(key, TOP + 1) <= TOP
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_meets_the_recall_and_rank_targets(language):
    figures = measure(language)

    assert figures.recall >= TARGET_RECALL, figures.misses
    assert figures.mrr >= TARGET_MRR, figures.misses
