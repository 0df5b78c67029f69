"""The kinds of things the site search finds, in the order the results page shows them.

Each `SearchKind` has a key (the `?kind=` value), a label, a `search(query, locale)` returning sliceable results (lazy
search results with `.count()`, or a ranked list), and `to_result(obj, terms, kind_key, request)` turning one hit into a `SearchResult`.

Adding a page type is one line in `KINDS`: `page_kind("news", _("News"), "home.NewsPage")`. The page
type gets the diacritic-free index automatically when its `search_fields` extend
`BasePage.search_fields`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.db import connection
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from core.translation_state import not_translated
from ops.content_cache import per_generation
from resources.models import Resource, ResourceLibraryPage

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


# Every word must match, on SQLite and PostgreSQL alike (their backends' defaults differ).
SEARCH_OPERATOR = "and"
RANKED_MATCHES_LIMIT = 60


class PageSearch:
    """Search live, public, really translated pages of the given types in one locale."""

    def __init__(self, *labels):
        self.labels = labels

    @cached_property
    def models(self):
        return [apps.get_model(label) for label in self.labels]

    def __call__(self, query, locale):
        # Alias copies and translations with nothing translated yet hold another language's text:
        # "in the visitor's language" leaves them out.
        # Only this language's pages are checked (the check reads wagtail-localize's tables per page).
        real_pages = (
            Page.objects.filter(locale=locale, alias_of__isnull=True)
            .exclude(not_translated(Page))
            .values("pk")
        )
        pages = Page.objects.live().public().filter(locale=locale, pk__in=real_pages).type(*self.models)
        # Counting every match is what grows with the content: the count (and whether whole words
        # or only word starts matched) is the same for every visitor until the content changes.
        by_word_starts, count = per_generation(
            "search-count", lambda: self.count(pages, query), self.labels, locale.pk, query
        )
        search = pages.specific().autocomplete if by_word_starts else pages.specific().search
        # SQLite's full-text ranking scores each matching row in a query of its own: past a few
        # dozen matches, the newest come first instead (PostgreSQL ranks in one pass, always).
        ranked = count <= RANKED_MATCHES_LIMIT or connection.vendor != "sqlite"
        found = search(query, operator=SEARCH_OPERATOR, order_by_relevance=ranked)
        found._count_cache = count  # already counted, without the ranking
        return found

    @staticmethod
    def count(pages, query):
        """(searched by word starts, number of matches): whole words first; if none matched, the
        last word as a word start ("cilesi" finds "cilësisë")."""
        count = pages.search(query, operator=SEARCH_OPERATOR, order_by_relevance=False).count()
        if count:
            return False, count
        return True, pages.autocomplete(query, operator=SEARCH_OPERATOR, order_by_relevance=False).count()


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


class RankedResources:
    """The library entries matching a search, best first, fetched only for the slice shown."""

    def __init__(self, ids):
        self.ids = ids

    def count(self):
        return len(self.ids)

    __len__ = count

    def __getitem__(self, index):
        ids = self.ids[index] if isinstance(index, slice) else [self.ids[index]]
        found = Resource.objects.filter(pk__in=ids).select_related("locale").in_bulk()
        shown = [found[pk] for pk in ids if pk in found]
        return shown if isinstance(index, slice) else shown[0]


def search_resources(query, locale):
    """Library entries in the visitor's language (the resources app owns the search).

    `query` is already folded plain words ("cilesi e formimit"), like the pages' folded index.
    """
    return RankedResources(Resource.objects.ranked_ids(query, locale))


def _library_of(request):
    """The visitor's library page, looked up once per request however many resources are shown."""
    if not hasattr(request, "_search_library"):
        request._search_library = ResourceLibraryPage.for_locale(Locale.get_active())
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
