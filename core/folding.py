"""Fold text for search so that trainers find words typed without diacritics.

"cilesi" must find "cilësi" and "dorđe" / "dordje" must find "Đorđe": both the indexed text and the
query are folded the same way (lower case, Montenegrin đ spelled dj, other letters to ASCII).
"""

from anyascii import anyascii

SPELLED_OUT = str.maketrans({"đ": "dj", "Đ": "dj"})


def fold_for_search(text):
    if not text:
        return ""
    return anyascii(str(text).translate(SPELLED_OUT)).lower()
