"""The public Languages page: how much of the site and of the library each language has.

Counted by the database from the states the translation dashboard shows
(editorial/translation_status.py), so visitors and editors see the same numbers.
"""

from dataclasses import dataclass

from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from editorial.translation_status import MISSING, OUTDATED, TRANSLATED, state_counts


@dataclass
class Share:
    """One kind of content (pages or library entries) in one language."""

    label: str
    total: int
    translated: int = 0
    outdated: int = 0
    missing: int = 0

    @property
    def available(self):
        """Items a visitor can read in this language: translated, or translated and being updated."""
        return self.translated + self.outdated

    @property
    def percent(self):
        """The share of `available` in `total`: the same numbers the page prints beside it."""
        return round(100 * self.available / self.total) if self.total else 100


@dataclass
class LanguageOverview:
    code: str
    shares: list


def language_overview():
    """[LanguageOverview] per target language, each with one Share per tracked model."""
    by_code = {}
    for label, total, by_language in state_counts():
        for code, states in by_language.items():
            share = Share(label, total, states[TRANSLATED], states[OUTDATED], states[MISSING])
            by_code.setdefault(code, []).append(share)
    return [LanguageOverview(code, shares) for code, shares in sorted(by_code.items())]


@require_safe
def languages_page(request):
    overview = language_overview()
    return TemplateResponse(request, "languages/languages_page.html", {"overview": overview})
