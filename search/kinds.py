"""The kinds of things the site search finds, in the order the results page shows them.

Each `SearchKind` has a key (the `?kind=` value), a label, the models it finds, where it looks
(`scope`: its content types in the visitor's language, or the visitor's library), how it fetches the
hits shown (`fetch`) and `to_result(obj, terms, kind_key, request)` turning one hit into a
`SearchResult`. search/results.py searches every kind at once (search.engine.ranked_rows); each
kind's share is a `RankedHits` (ids, best first, and what the engine found).

Adding a page type is one line in `KINDS`: `page_kind("news", _("News"), "home.NewsPage")`. Every
page type built on core.pages.BasePage is in the index of word forms (search/terms.py).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page

from core.locales import active_locale, default_locale
from core.pages import public
from core.translation_state import not_translated

from .engine import Found, Scope
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
    """One kind of result: pages of some types in the visitor's language, or the visitor's library."""

    key: str
    label: str
    labels: tuple  # the models ("home.NewsPage"); their subclasses are found too
    to_result: Callable[[Any, list, str, Any], SearchResult]
    in_library: bool = False

    @cached_property
    def models(self):
        return [apps.get_model(label) for label in self.labels]

    @cached_property
    def content_types(self):
        return tuple(sorted({pk for model in self.models for pk in get_descendants_content_types_pks(model)}))

    def scope(self, locale):
        """Where search.engine.ranked_rows looks: the library shows English originals beside
        translations (in_library_of), the other kinds the visitor's language only."""
        locale_ids = (locale.pk, default_locale().pk) if self.in_library else (locale.pk,)
        return Scope(self.content_types, tuple(dict.fromkeys(locale_ids)))

    def fetch(self, pks):
        """{pk: object} of the hits shown, as their own types."""
        if self.in_library:
            return _resources_by_pk(pks)
        return specific_pages(pks)


def specific_pages(pks):
    """{pk: page as its own type} in one query: each page type's table joined through the
    multi-table inheritance links (select_related), rather than a query per type (`.specific()`)."""
    paths = _specific_paths()
    found = {}
    for page in Page.objects.filter(pk__in=pks).select_related(*paths.values()):
        if page.content_type_id not in paths:  # a type no kind names: Wagtail's own way
            found[page.pk] = page.specific
            continue
        specific = page
        for name in paths[page.content_type_id].split("__"):
            specific = getattr(specific, name)
        found[page.pk] = specific
    return found


def _specific_paths():
    """{content type pk: "standardpage__subpage"}: the way from Page to each page type searched."""
    if not _PATHS:
        for kind in KINDS:
            for model in [] if kind.in_library else kind.models:
                for subclass in _with_subclasses(model):
                    chain = [
                        parent for parent in subclass._meta.get_parent_list() if issubclass(parent, Page)
                    ]
                    names = [m._meta.model_name for m in [*reversed(chain), subclass] if m is not Page]
                    _PATHS[ContentType.objects.get_for_model(subclass).pk] = "__".join(names)
    return _PATHS


def _with_subclasses(model):
    found = [] if model._meta.abstract or model._meta.proxy else [model]
    for subclass in model.__subclasses__():
        found.extend(_with_subclasses(subclass))
    return found


_PATHS = {}


def real_pages(locale):
    """The live, public pages of `locale` that read in its language: alias copies and translations
    with nothing translated yet hold another language's text, and "in the visitor's language"
    leaves them out. The translation check (wagtail-localize's tables, per page) runs for the
    languages translated into: never for the source language."""
    pages = public(Page.objects.live().filter(locale=locale, alias_of__isnull=True))
    if locale.pk != default_locale().pk:
        pages = pages.exclude(not_translated(Page))
    return pages


def page_result(page, terms, kind_key, request):
    fallback = page.search_description or getattr(page, "intro", "")
    return SearchResult(
        url=page.get_url(request),
        title=page.title,
        summary=summarise(page.search_plain_text(related=False), terms, fallback),
        kind=kind_key,
    )


def page_kind(key, label, *labels):
    return SearchKind(key, label, labels, page_result)


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


def _library_of(request):
    """The visitor's library page, looked up once per request however many resources are shown."""
    if not hasattr(request, "_search_library"):
        request._search_library = apps.get_model("resources", "ResourceLibraryPage").for_locale(
            active_locale()
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
    SearchKind(
        "resources", _("Library resources"), ("resources.Resource",), resource_result, in_library=True
    ),
    page_kind("work-packages", _("Work packages"), "home.WorkPackagePage"),
    page_kind("pages", _("Pages"), "home.HomePage", "home.StandardPage"),
]
