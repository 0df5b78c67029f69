"""Which languages a page exists in, for the switcher, hreflang alternates and fallback notices."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from core import built_once
from core.locales import LANGUAGE_NAMES, locale_of, translated_language_name  # noqa: F401 (re-exported)
from core.sites import live_home_pages
from core.translation_state import readings


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_active: bool
    is_translated: bool


def language_name(code):
    return get_language_info(code)["name_local"]


def _live_translations(model, translation_key, pk):
    return (
        model.objects.filter(translation_key=translation_key).exclude(pk=pk).live().select_related("locale")
    )


def links_for_page(request, page, query=""):
    """One link per site language: the page's own translation, or that language's home page;
    `is_translated` only where the visitor would read that language (core/translation_state.py).

    `query` (a listing's normalised filters) follows to the other languages' versions of the page:
    filter values are language-neutral keys, so a trainer who switches language keeps the filters."""
    suffix = f"?{query}" if query else ""
    versions = {
        version.locale.language_code: version
        # page.get_translations().live(), its SQL built once per process (core.built_once)
        for version in built_once.fetch(
            _live_translations, page.translation_key, page.pk, shape=(type(page),)
        )
    }
    versions[locale_of(page).language_code] = page
    states = readings(versions.values())
    fallback_urls = {} if len(versions) == len(settings.LANGUAGES) else live_home_pages(request)
    active = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        version = versions.get(code)
        links.append(
            LanguageLink(
                code=code,
                name=language_name(code),
                url=version.get_url(request) + suffix if version else fallback_urls.get(code, f"/{code}/"),
                is_active=code == active,
                is_translated=version is not None and states[version.pk].is_translation,
            )
        )
    return links


def links_for_view(request):
    """One link per site language for pages that are views, not Wagtail pages (search, 404)."""
    active = get_language()
    path = request.get_full_path()
    return [
        LanguageLink(
            code=code,
            name=language_name(code),
            url=translate_url(path, code),
            is_active=code == active,
            is_translated=True,
        )
        for code, _name in settings.LANGUAGES
    ]
