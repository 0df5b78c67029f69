"""The kinds of things the site search finds, in the order the results page shows them.

Each `SearchKind` has a key (the `?kind=` value), a label, a `search(words, locale, shared=None)`
(words analysed by search.engine.analyse; `shared` a dict the kinds of one search share) returning sliceable results with `.count()` (`RankedHits`: ids, best
first, and what the engine found), and `to_result(obj, terms, kind_key, request)` turning one hit
into a `SearchResult`.

Adding a page type is one line in `KINDS`: `page_kind("news", _("News"), "home.NewsPage")`. Every
page type built on core.pages.BasePage is in the index of word forms (search/terms.py).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.db import connection
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from core.pages import public
from core.translation_state import not_translated

from .engine import Found, find
from .summaries import summarise


@dataclass(frozen=True)
class SearchResult:
    """One hit as the results page shows it."""

    url: str
    title: str
    summary: str
    kind: str


@dataclass(frozen=True)
class SearchKind:
    key: str
    label: str
    search: Callable[[str, Any], Any]
    to_result: Callable[[Any, list, str, Any], SearchResult]


class PageSearch:
    """Search live, public, really translated pages of the given types in one locale."""

    def __init__(self, *labels):
        self.labels = labels

    @cached_property
    def models(self):
        return [apps.get_model(label) for label in self.labels]

    @cached_property
    def content_types(self):
        return {pk for model in self.models for pk in get_descendants_content_types_pks(model)}

    def __call__(self, words, locale, shared=None):
        """`shared`: a dict the kinds of one search share, which keeps the ids of the locale's real
        pages (read once; building the translation check's SQL costs more than running it)."""
        shared = {} if shared is None else shared

        def visible_pages():  # every page kind's share of them, read in one query per search
            if "real_pages" not in shared:
                shared["real_pages"] = ids_of(real_pages(locale))
            return shared["real_pages"]

        found = find(words, self.models, [locale.pk], visible_pages)
        return RankedHits(found.ids, self.pages_by_pk, found)

    def pages_by_pk(self, pks):
        """The pages shown, as their own page type (one query where the kind has one type)."""
        if len(self.models) == 1:
            return self.models[0].objects.filter(pk__in=pks).in_bulk()
        return {page.pk: page for page in Page.objects.filter(pk__in=pks).specific()}


def real_pages(locale):
    """The live, public pages of `locale` that read in its language: alias copies and translations
    with nothing translated yet hold another language's text, and "in the visitor's language"
    leaves them out. The translation check (wagtail-localize's tables, per page) runs only where
    something is translated into this language: never for the source language."""
    pages = public(Page.objects.live().filter(locale=locale, alias_of__isnull=True))
    if Translation.objects.filter(target_locale=locale).exists():
        pages = pages.exclude(not_translated(Page))
    return pages


def ids_of(queryset):
    """The set of a queryset's primary keys, read as plain rows (10,000 ids without the ORM's work
    per row)."""
    sql, params = queryset.order_by().values_list("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {pk for (pk,) in cursor.fetchall()}


def page_result(page, terms, kind_key, request):
    fallback = page.search_description or getattr(page, "intro", "")
    return SearchResult(
        url=page.get_url(request),
        title=page.title,
        summary=summarise(page.search_plain_text(related=False), terms, fallback),
        kind=kind_key,
    )


def page_kind(key, label, *labels):
    return SearchKind(key, label, PageSearch(*labels), page_result)


class RankedHits:
    """What a search found, best first, as ids: objects are fetched only for the slice shown.
    `found` (search.engine.Found) says how many of the query's words each one has."""

    def __init__(self, ids, fetch, found=None):
        self.ids, self.fetch = ids, fetch
        self.found = found if found is not None else Found(list(ids))

    def count(self):
        return len(self.ids)

    __len__ = count

    def __getitem__(self, index):
        ids = self.ids[index] if isinstance(index, slice) else [self.ids[index]]
        found = self.fetch(ids)
        shown = [found[pk] for pk in ids if pk in found]
        return shown if isinstance(index, slice) else shown[0]


def _resources_by_pk(pks):
    return (
        apps.get_model("resources", "Resource").objects.filter(pk__in=pks).select_related("locale").in_bulk()
    )


def search_resources(words, locale, shared=None):
    """Library entries as the visitor's library shows them (its translations, and English
    originals where nothing is translated yet)."""
    found = apps.get_model("resources", "Resource").objects.found_in_library(words, locale)
    return RankedHits(found.ids, _resources_by_pk, found)


def _library_of(request):
    """The visitor's library page, looked up once per request however many resources are shown."""
    if not hasattr(request, "_search_library"):
        request._search_library = apps.get_model("resources", "ResourceLibraryPage").for_locale(
            Locale.get_active()
        )
    return request._search_library


def resource_result(resource, terms, kind_key, request):
    library = _library_of(request)
    url = library.resource_url(resource, request) if library else ""
    fallback = getattr(resource, "summary", "") or getattr(resource, "description", "")
    summary = summarise(fallback, terms, fallback)
    return SearchResult(url=url, title=str(resource), summary=summary, kind=kind_key)


KINDS = [
    page_kind("news", _("News"), "home.NewsPage"),
    page_kind("events", _("Events"), "events.EventPage"),
    SearchKind("resources", _("Library resources"), search_resources, resource_result),
    page_kind("work-packages", _("Work packages"), "home.WorkPackagePage"),
    page_kind("pages", _("Pages"), "home.HomePage", "home.StandardPage"),
]
