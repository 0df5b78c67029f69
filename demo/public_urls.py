"""Every public URL the quality gates check, in one place.

The browser, accessibility, bad-input and benchmark checks all take their URLs from
`public_urls(language)`. It asks the database for one live page of every specific page type in
that language (and one untranslated alias copy of each type, where there is one), so a new page
type is covered as soon as a page of it exists. URLs that are not Wagtail pages (views, routable
page routes such as detail pages, feeds) are listed once below: add a new one there.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page


# HTML views that are not Wagtail pages: label -> path after the language prefix ("/en/").
# A value may be a callable taking the language code and returning such a path, or None to skip.
def _resource_detail(language):
    from resources.models import Resource

    slug = Resource.objects.filter(locale__language_code=language).values_list("slug", flat=True).first()
    return f"resources/{slug}/" if slug else None


def _event_ics(language):
    from events.models import EventPage

    event = EventPage.objects.live().filter(locale__language_code=language, alias_of__isnull=True).first()
    return f"events/{event.slug}/ics/" if event else None


EXTRA_HTML_PATHS = {
    # One event page per stage of its life (the page-type check finds only the first event).
    "event report": "events/mobility-friuli-venezia-giulia/",
    "cancelled event": "events/digcomp-webinar/",
    "search": "search/?q=training",
    "search (no query)": "search/",
    "resource detail": _resource_detail,
    "library filtered": "resources/?type=self-assessment&audience=vet-managers",
    "languages": "languages/",
    "newsletter signup": "newsletter/",
    "network filtered": "network/?country=ME&type=civil-society",
    "network join": "network/join/",
}

# Public URLs that do not return HTML (RSS, iCal, ...): label -> path after the language prefix,
# or a callable as above. They get the bad-input and benchmark checks, not the accessibility ones.
FEED_PATHS = {
    "news RSS": "news/feed/",
    "events calendar": "events/calendar/",
    "event .ics": _event_ics,
    "library RSS": "resources/feed/?framework=eqavet",
    "library RSS, every entry": "resources/feed/",
    "news topic RSS": "news/feed/?tag=training",
    "offline pack": "resources/pack/?framework=eqavet",
    "results CSV": "results/csv/",
}

MISSING_PATH = "this-page-does-not-exist/"


@dataclass(frozen=True)
class PublicURL:
    label: str
    language: str
    url: str
    status: int = 200
    html: bool = True

    def __str__(self):
        return f"{self.label} [{self.language}]"


def _resolve(path, language):
    path = path(language) if callable(path) else path
    if path is None:
        return None
    return path if path.startswith("/") else f"/{language}/{path}"


def page_type_urls(language):
    """One live, public page of each specific page type, and one alias copy of each type."""
    seen = set()
    found = []
    pages = (
        Page.objects.live()
        .public()
        .filter(locale__language_code=language, depth__gt=1)
        .select_related("content_type")
        .order_by("path")
    )
    for page in pages:
        kind = (page.content_type.model, page.alias_of_id is not None)
        if kind in seen:
            continue
        url = page.get_url()
        if not url:
            continue
        seen.add(kind)
        label = page.content_type.model + (" (untranslated)" if kind[1] else "")
        found.append(PublicURL(label, language, url))
    return found


def public_urls(language, *, include_feeds=True, include_missing=True):
    """Every public URL to check in one language: page types, views, feeds and a 404."""
    with translation.override(language):
        urls = page_type_urls(language)
        for label, path in EXTRA_HTML_PATHS.items():
            url = _resolve(path, language)
            if url:
                urls.append(PublicURL(label, language, url))
        if include_feeds:
            for label, path in FEED_PATHS.items():
                url = _resolve(path, language)
                if url:
                    urls.append(PublicURL(label, language, url, html=False))
        if include_missing:
            urls.append(PublicURL("404", language, f"/{language}/{MISSING_PATH}", status=404))
    return urls


def search_url(language):
    with translation.override(language):
        return reverse("search")


def all_public_urls(**kwargs):
    return [url for language, _name in settings.LANGUAGES for url in public_urls(language, **kwargs)]
