"""The site's languages for tests and checks, read from settings (their one source), so every
language-parametrised test follows a language added to `LANGUAGES`."""

from django.conf import settings


def site_languages():
    """Every site language code, in the order of settings.LANGUAGES."""
    return [code for code, _name in settings.LANGUAGES]


def translated_languages():
    """Every site language but the source (English)."""
    return [code for code in site_languages() if code != settings.LANGUAGE_CODE]


LANGUAGES = site_languages()  # for parametrize, which needs the list at collection time
