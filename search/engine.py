"""Reading the site search's index of word forms (search.models.SearchTerm, search/terms.py).

A query is a few words, each with its keys (search/word_forms.py). One indexed lookup lists every
(object, key, weight) of those keys; the objects a visitor may see are kept (one more query, with
the lookup as a subquery); each object counts the query's words it has, in any order and any
form. Entries with every word come first, then those with most words; among equals the better
field (a title word weighs 3, a summary or tag word 2, a text word 1, the word exactly as typed a
half more), then the newest. Plain SQL on one table: the same results on SQLite and PostgreSQL.
"""

import string
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count

from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Locale

from .models import SearchTerm
from .word_forms import query_words

SUGGEST_FROM_LENGTH = 5  # "Did you mean" for words of at least this many letters
_LETTERS = string.ascii_lowercase + string.digits


@dataclass
class Found:
    """What a search found: ids best first, and how many of the query's words each one has."""

    ids: list
    matched: dict = field(default_factory=dict)
    word_count: int = 0
    words_found: set = field(default_factory=set)  # indices of the query's words found anywhere

    @property
    def with_all_words(self):
        return sum(1 for count in self.matched.values() if count == self.word_count)


def analyse(query, language):
    """The query's words, analysed in the visitor's language and in the source language."""
    languages = list(dict.fromkeys([language, settings.LANGUAGE_CODE]))
    return query_words(query, languages, settings.SEARCH_MAX_WORDS)


def content_types_of(models):
    return sorted({pk for model in models for pk in get_descendants_content_types_pks(model)})


def find(words, models, locale_ids, visible, *, every_word=False):
    """Primary keys of `models` (in `locale_ids`) having any of `words` (`analyse`), among the
    queryset `visible` (what the visitor may find), best first; with `every_word`, only those
    that have all of them."""
    if not words:
        return Found([])
    word_of_key = {}
    for position, (_folded, keys) in enumerate(words):
        for key in keys:
            word_of_key.setdefault(key, []).append(position)
    lookup = SearchTerm.objects.filter(
        term__in=list(word_of_key),
        content_type_id__in=content_types_of(models),
        locale_id__in=list(locale_ids),
    )
    best = {}
    for object_id, term, weight in lookup.values_list("object_id", "term", "weight"):
        scores = best.setdefault(object_id, {})
        for position in word_of_key[term]:
            score = weight + (0.5 if term == words[position][0] else 0)
            if score > scores.get(position, 0):
                scores[position] = score
    if not best:
        return Found([], word_count=len(words))
    found_pks = visible.filter(pk__in=lookup.values("object_id")).values_list("pk", flat=True)
    shown = {pk: best[pk] for pk in found_pks if pk in best}
    if every_word:
        shown = {pk: scores for pk, scores in shown.items() if len(scores) == len(words)}
    ranked = sorted(shown, key=lambda pk: (-len(shown[pk]), -sum(shown[pk].values()), -pk))
    words_found = {position for scores in best.values() for position in scores}
    return Found(ranked, {pk: len(shown[pk]) for pk in ranked}, len(words), words_found)


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
            .annotate(uses=Count("object_id"))
            .order_by("-uses", "term")
            .first()
        )
        if near:
            replaced[folded] = near["term"]
    if not replaced:
        return None
    return " ".join(replaced.get(folded, folded) for folded, _keys in words)
