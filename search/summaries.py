"""Result summaries: a few words around the first match, with matched words marked.

Wagtail's database backend has no highlighting, so this works in Python on the page's own text.
Words are compared folded (cilesi marks "cilësi"); everything is escaped before <mark> is added.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from core.folding import fold_for_search

WORDS_AROUND = 14
FALLBACK_WORDS = 30
MAX_TERMS = 10
_WORD_CHARS = re.compile(r"\w+")


def query_terms(folded_query):
    """The distinct folded words of a query, longest first, a bounded number of them."""
    words = {word for word in _WORD_CHARS.findall(folded_query) if len(word) > 1}
    return sorted(words, key=len, reverse=True)[:MAX_TERMS]


def _matches(word, terms):
    folded = "".join(_WORD_CHARS.findall(fold_for_search(word)))
    return bool(folded) and any(folded.startswith(term) for term in terms)


def summarise(text, terms, fallback=""):
    """HTML-safe summary of `text`: a window around the first matching word, or the fallback."""
    words = (text or "").split()
    first = next((i for i, word in enumerate(words) if terms and _matches(word, terms)), None)
    if first is None:
        return Truncator(fallback or text or "").words(FALLBACK_WORDS)
    start = max(0, first - WORDS_AROUND // 2)
    window = words[start : start + WORDS_AROUND]
    marked = [f"<mark>{escape(word)}</mark>" if _matches(word, terms) else escape(word) for word in window]
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + WORDS_AROUND < len(words) else ""
    return mark_safe(prefix + " ".join(marked) + suffix)  # noqa: S308 - every word is escaped above
