"""Test text written in the four site languages, for translating test pages with demo.engine.translate."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """One piece of test text in every site language."""

    en: str
    sq: str
    cnr: str
    it: str

    def in_language(self, code):
        return getattr(self, code)


def strings_for(texts, locale):
    """English → translation into `locale`, the mapping demo.engine.translate takes."""
    return {text.en: text.in_language(locale.language_code) for text in texts}
