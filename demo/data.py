"""Read the demo's data: English content from demo/content/*.toml, translations from
demo/locale/<code>/LC_MESSAGES/demo.po (msgid = English). Tests may read expected values here."""

import tomllib
from functools import cache
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent
CONTENT = ROOT / "content"
LOCALE = ROOT / "locale"


@cache
def content(name):
    """The parsed demo/content/<name>.toml (site, project, news, events, frameworks, library, states)."""
    with (CONTENT / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)


@cache
def catalogue(language_code):
    """English text → translation for one language; empty when the language has no catalogue.

    Fuzzy and empty entries are left out, so they fall back to English like missing ones.
    """
    path = LOCALE / language_code / "LC_MESSAGES" / "demo.po"
    if not path.exists():
        return {}
    return {
        entry.msgid: entry.msgstr
        for entry in polib.pofile(str(path))
        if entry.msgstr and not entry.fuzzy and not entry.obsolete
    }


def in_language(text, language_code):
    """`text` as the demo shows it in `language_code`: its catalogue translation, else the English."""
    return catalogue(language_code).get(text, text)
