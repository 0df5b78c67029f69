"""Word forms: the keys under which a word is indexed and searched, in the site's languages.

A trainer types the form of a word that comes to mind ("cilësia", "praksa", "samoprocjenu",
"formatori"), rarely the title's form. Each word of a text or a query becomes a small set of keys:

- the word folded as the site folds search text (core/folding.py: lower case, Cyrillic as Latin,
  no diacritics, đ as dj; a đ-word also with d): "cilësisë" → "cilesise";
- its lemma from simplemma (sq, hbs for Montenegrin, it, en): "cilësisë" → "cilesi";
- its Snowball stem where Snowball has the language (serbian, italian, english): "samoprocjenu" and
  "samoprocene" → "samoprocen" (ijekavian and ekavian spellings meet), "formatori" → "formator";
- for Albanian, which Snowball lacks and where simplemma leaves many forms as they are (praktikës,
  trajnerët, nivelet, kornizës), the stem left by ALBANIAN_ENDINGS below.

A query word matches a text when one of its keys is one of the text's keys, so any form finds any
other form of the same word. Texts and queries go through the same `word_keys`; a text in one
language is analysed in that language, a query in the visitor's language.

SEARCH.md (shared) lists what both libraries do with this site's words; the query set
(search/quality/queries.json) measures the choices made here.
"""

import re
from functools import lru_cache

import simplemma
import snowballstemmer

from core.folding import CYRILLIC_TO_LATIN, fold_for_search

# simplemma's language and Snowball's stemmer for each site language (None: no stemmer).
LEMMA_LANGUAGES = {"en": "en", "sq": "sq", "cnr": "hbs", "it": "it"}
STEMMERS = {"en": "english", "sq": None, "cnr": "serbian", "it": "italian"}

# Albanian definite, plural and case endings, as folded (ë → e), longest first. A word loses the
# first ending it has, twice at most, and keeps at least MIN_STEM letters: praktikës, praktika,
# praktikat → praktik; trajneri, trajnerët, trajnerëve → trajner; nivelet, niveleve → nivel;
# kornizë, korniza, kornizës → korniz; vlerësimi, vlerësimit → vleresim; mjete, mjetet, mjetesh →
# mjet; aftësitë, aftësive → aftes. Rough on purpose: it only has to bring a word's forms together,
# and a stem never shows on the page.
ALBANIAN_ENDINGS = (
    "eve", "ave", "ise", "ine", "esh", "ite", "ve", "et", "es", "en", "it", "at", "in", "is", "ja",
    "ia", "ne", "se", "te", "a", "e", "i", "t",
)  # fmt: skip
MIN_STEM = 4

# Words too common to tell entries apart ("of", "and", "for" ...): not indexed, not searched.
STOPWORDS = {
    "en": {"a", "an", "and", "are", "as", "at", "by", "for", "from", "in", "is", "of", "on", "or",
           "the", "to", "with", "your", "my", "how", "what", "into"},
    "sq": {"e", "i", "te", "ne", "per", "me", "dhe", "nga", "nje", "a", "ose", "si", "se", "ta",
           "tek", "mbi", "pa"},
    "cnr": {"i", "u", "na", "za", "od", "do", "sa", "s", "se", "je", "su", "o", "ili", "a", "te",
            "kao", "iz", "uz", "po", "kako"},
    "it": {"il", "lo", "la", "i", "gli", "le", "di", "a", "da", "in", "con", "su", "per", "tra",
           "fra", "e", "o", "un", "una", "uno", "del", "della", "dei", "delle", "degli", "nel",
           "nella", "che", "al", "alla", "ai", "alle", "dal", "dalla", "l", "d", "un'"},
}  # fmt: skip

MAX_WORD_LENGTH = 40  # longer "words" are not words: kept out of the index and of queries
_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile("|".join(sorted(map(re.escape, CYRILLIC_TO_LATIN), key=len, reverse=True)))


def latin_words(text):
    """The words of `text`, lower case, Montenegrin Cyrillic written in Latin, diacritics kept
    (the lemmatisers need them): "Самопроцјена квалитета" → ["samoprocjena", "kvaliteta"]."""
    lowered = _CYRILLIC.sub(lambda match: CYRILLIC_TO_LATIN[match.group()], str(text or "").lower())
    return [word for word in _WORD.findall(lowered) if len(word) <= MAX_WORD_LENGTH and not word.isdigit()]


def fold_word(word):
    return fold_for_search(word).replace(" ", "")


def albanian_stem(folded):
    stem = folded
    for _round in range(2):
        for ending in ALBANIAN_ENDINGS:
            if stem.endswith(ending) and len(stem) - len(ending) >= MIN_STEM:
                stem = stem[: -len(ending)]
                break
        else:
            break
    return stem


@lru_cache(maxsize=8)
def _stemmer(name):
    return snowballstemmer.stemmer(name)


def language_of(code):
    return code if code in LEMMA_LANGUAGES else "en"


@lru_cache(maxsize=200_000)
def word_keys(word, language):
    """The keys of one word (lower case, Latin) in a site language; the folded word first."""
    language = language_of(language)
    folded = fold_word(word)
    if not folded or folded in STOPWORDS[language]:
        return ()
    keys = [folded]
    if "đ" in word:
        keys.append(fold_word(word.replace("đ", "d")))
    if len(word) > 2 and not any(char.isdigit() for char in word):
        keys.append(fold_word(simplemma.lemmatize(word, lang=LEMMA_LANGUAGES[language]).lower()))
        if STEMMERS[language]:
            keys.append(fold_word(_stemmer(STEMMERS[language]).stemWord(word)))
        if language == "sq":
            keys.append(albanian_stem(folded))
    return tuple(dict.fromkeys(key for key in keys if key))


def text_keys(text, language):
    """{key: the word as written where the key is a word folded, else ""} of a text: the written
    words are the vocabulary "Did you mean" offers."""
    found = {}
    for word in latin_words(text):
        keys = word_keys(word, language)
        for position, key in enumerate(keys):
            found[key] = found.get(key) or (word if position == 0 else "")
    return found


def query_words(query, languages, limit):
    """The words of a query as (folded word, its keys in any of `languages`), repeated words once,
    at most `limit`. The visitor's language first; the source language too, since a library shows
    English originals where nothing is translated yet."""
    words = {}
    for word in latin_words(query):
        if not word_keys(word, languages[0]):  # a stopword of the visitor's language
            continue
        keys = [key for language in languages for key in word_keys(word, language)]
        if keys[0] not in words:
            words[keys[0]] = tuple(dict.fromkeys(keys))
    return list(words.items())[:limit]
