"""Fold text for search so that trainers find words typed without diacritics or in Cyrillic.

"cilesi" must find "cilësi", "Подгорица" must find "Podgorica", and "izmedju" as well as "izmedu"
must find "između": the indexed text and the query are folded the same way (Montenegrin Cyrillic
to Latin, lower case, đ spelled dj, other letters to ASCII); the index also holds each đ-word with
đ as plain d (`fold_for_index`), the other way people type it.
"""

import re

from anyascii import anyascii

# Montenegrin (and Serbian) Cyrillic as Montenegrin Latin, before anyascii: it would write
# ж, ш, ч, ц as zh, sh, ch, ts, which nobody types for ž, š, č, c.
CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
    "з́": "ź", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj",
    "о": "o", "п": "p", "р": "r", "с": "s", "с́": "ś", "т": "t", "ћ": "ć", "у": "u", "ф": "f",
    "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š", "ѕ": "dz",
}  # fmt: skip
_CYRILLIC = re.compile("|".join(sorted(map(re.escape, CYRILLIC_TO_LATIN), key=len, reverse=True)))
SPELLED_OUT = str.maketrans({"đ": "dj", "Đ": "dj"})
_DJ_WORDS = re.compile(r"\w*đ\w*")


def _latin(text):
    return _CYRILLIC.sub(lambda match: CYRILLIC_TO_LATIN[match.group()], str(text).lower())


def fold_for_search(text):
    """Text (or a query) folded: lower case, Latin script, ASCII letters, đ as dj."""
    if not text:
        return ""
    return anyascii(_latin(text).translate(SPELLED_OUT)).lower()


def fold_for_index(text):
    """fold_for_search(text) plus each word with đ folded with d instead of dj ("izmedu")."""
    folded = fold_for_search(text)
    if not folded:
        return ""
    d_words = [anyascii(word.replace("đ", "d")).lower() for word in _DJ_WORDS.findall(_latin(text))]
    return " ".join([folded, *d_words])
