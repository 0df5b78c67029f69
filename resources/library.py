"""The library listing: visible resources for a language, facet filters and their counts.

The facets are declared in resources/facets.py. Filters combine with AND across facets and OR
within one. Each facet is counted over the resources matching every *other* facet, so a count says
how many results ticking that box would add. Every facet costs one query whatever the number of
resources.
"""

import json
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, F, OuterRef, Prefetch, Q, Sum, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import gettext_lazy as _

from core.built_once import AmongIds
from core.listing import page_of
from core.locales import default_locale, language_order
from resources.facets import LabelOfGroup, facet_named
from resources.facets import facets as registered_facets
from resources.filters import LibraryFilters
from resources.models.files import ResourceFile
from resources.models.snippets import Framework, Resource, ResourceFramework, fetch_from_library, library_of

PER_PAGE = 20


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


# A facet with more options than this starts folded, so keyboard users can tab past it.
FOLD_AFTER = 12


@dataclass
class FacetOptions:
    """One facet as the page shows it: its GET parameter, legend and options (iterating gives these)."""

    name: str
    legend: str
    options: list

    def __iter__(self):
        return iter(self.options)

    def __len__(self):
        return len(self.options)

    @property
    def foldable(self):
        return len(self.options) > FOLD_AFTER

    @property
    def has_selection(self):
        return any(option.selected for option in self.options)


def _label(prefix=""):
    """Framework.label in SQL: the acronym, else the name."""
    return Coalesce(NullIf(F(f"{prefix}acronym"), Value("")), F(f"{prefix}name"))


def framework_label(locale):
    """The label of the framework slug a count is grouped by: its live version in `locale`, else
    in the default language, else in another; else an unpublished one (an expression, asked once
    per slug)."""
    labels = Framework.objects.filter(slug=OuterRef("framework__slug")).order_by(
        "-live", language_order(locale, default_locale()), "pk"
    )
    return LabelOfGroup(labels.annotate(shown=_label()).values("shown")[:1])


def framework_counts(queryset, locale):
    """(slug, number of resources, label in `locale`) of every framework used by `queryset`."""
    return (
        ResourceFramework.objects.filter(resource__in=queryset.order_by().values("pk"))
        .order_by()
        .values_list("framework__slug")
        .annotate(n=Count("resource_id", distinct=True), label=framework_label(locale))
    )


def framework_options(rows, selected):
    """framework_counts' rows as (slug, label, n), by label; a ticked framework stays visible."""
    found = {slug: (label, n) for slug, n, label in rows}
    for slug in selected:
        found.setdefault(slug, (slug, 0))  # a ticked box stays visible, so it can be unticked
    return sorted(((slug, label, n) for slug, (label, n) in found.items()), key=lambda row: row[1].lower())


class _LibraryQueries:
    """The queries of one library listing. Browsing (no search words) asks them with their SQL
    built once per process (resources.models.snippets.fetch_from_library): each query is built
    from a hashable description of the listing (the ticked options, the order, the offline pack's
    language and file languages). A search's finds are one more value, a JSON array of ids
    (core.built_once.AmongIds), so a search's counts keep their SQL too."""

    def __init__(self, filters, locale, pack):
        self.locale = locale
        selection = tuple((param, tuple(values)) for param, values in filters.selected.items() if values)
        pack_key = None
        if pack is not None:
            from resources.packs import max_resources  # packs build on this module

            # The pack's largest size is part of its size's SQL (_counted).
            pack_key = (pack.language_code, tuple(pack.file_languages or ()), max_resources())
        # The registered facets too: their conditions are part of the SQL (a test registers one more).
        self.shape = (tuple(registered_facets()), selection, filters.sort, pack_key)
        self.found_ids = None  # a search's finds, as one JSON array of ids (built_once.AmongIds)

    def rows(self, build, *extra):
        return fetch_from_library(
            build, self.locale, *self._found(), shape=(*self.shape, *self._searched(), *extra)
        )

    def listing(self, build):
        return fetch_from_library(
            build, self.locale, *self._found(), shape=(*self.shape, *self._searched()), listing=True
        )

    def _searched(self):
        return (self.found_ids is not None,)

    def _found(self):
        return () if self.found_ids is None else (self.found_ids,)


def _listing(locale_id, source_id, selection, sort, searched, arguments, library):
    """(the listing's filters, the entries it lists from) from _LibraryQueries' description: with
    `searched`, the first of `arguments` is a search's finds (a JSON array of ids)."""
    filters = LibraryFilters(selected={param: list(values) for param, values in selection}, sort=sort)
    if searched:
        found_ids, *arguments = arguments
    base = library_of(locale_id, source_id, arguments, library)[0]
    return filters, base.filter(AmongIds("pk", found_ids)) if searched else base


def _counted(
    locale_id, source_id, facets_in_use, selection, sort, pack_key, searched, *arguments, library=None
):
    """One row: the number of entries listed, each fixed-option facet's counts, and the offline
    pack's size (when a pack is given); no row when a ticked framework or tag matches nothing."""
    filters, base = _listing(locale_id, source_id, selection, sort, searched, arguments, library)
    fixed = {facet.param for facet in registered_facets() if hasattr(facet, "option_conditions")}
    # The ticked facets counted in queries of their own (frameworks, tags) narrow every count of
    # this one: asked once per entry, where asked inside each count they were asked once per entry
    # and option (the library filtered by a framework, 10,000 entries, SQLite: 75 -> 34 ms a page).
    base = base.filter(filters.condition(among={facet.param for facet in registered_facets()} - fixed))
    listed = filters.condition(among=fixed)
    aggregates = {"listed": Count("pk", filter=listed)}
    if pack_key is not None:
        from resources.packs import pack_file_size  # packs build on this module

        language_code, file_languages, most = pack_key
        # Summed over the first entries listed, one more than a pack holds: a longer listing is
        # offered no pack, so its size is never shown (summing every entry took a third of the
        # library's counting at 10,000 entries).
        first = base.filter(listed).order_by().values("pk")[: most + 1]
        aggregates["pack_size"] = Sum(pack_file_size(language_code, file_languages), filter=Q(pk__in=first))
    for facet in registered_facets():
        if facet.param in fixed:
            others = filters.condition(except_facet=facet.param, among=fixed)
            for index, (_value, _label, condition) in enumerate(facet.option_conditions()):
                aggregates[f"{facet.param}-{index}"] = Count("pk", filter=others & condition)
    # Grouped by a constant, which Django leaves out of GROUP BY: one row, as aggregate() gives.
    return base.order_by().values(everything=Value(1)).annotate(**aggregates).values(*aggregates)


def _option_counts(
    locale_id, source_id, facets_in_use, selection, sort, pack_key, searched, param, *arguments, library=None
):
    """A facet's options with their counts over the entries matching every other facet."""
    filters, base = _listing(locale_id, source_id, selection, sort, searched, arguments, library)
    return facet_named(param).count_query(filters.apply(base, except_facet=param), locale_id)


def _listed(
    locale_id, source_id, facets_in_use, selection, sort, pack_key, searched, *arguments, library=None
):
    """The entries listed, in the chosen order, with what their cards show."""
    filters, base = _listing(locale_id, source_id, selection, sort, searched, arguments, library)
    return with_card_data(base.filter(filters.condition()).order_by(*ORDERINGS[sort]))


def facets(queries, filters):
    """Every facet's options with counts, and the totals over the listed resources ("listed", and
    "pack_size" with a pack): the facets of fixed options and the totals in one query, each other
    facet in one. An option's count is over the resources matching every *other* facet
    (resources/facets.py)."""
    # No row (a search that found nothing, a ticked framework or tag matching nothing): every
    # count is then 0.
    counted = next(iter(queries.rows(_counted)), {"listed": 0, "pack_size": None})
    result = {}
    for facet in registered_facets():
        chosen = filters.selected.get(facet.param, [])
        if hasattr(facet, "option_conditions"):
            rows = [
                (value, label, counted.get(f"{facet.param}-{index}", 0))
                for index, (value, label, _condition) in enumerate(facet.option_conditions())
            ]
        else:
            rows = facet.shown_options(queries.rows(_option_counts, facet.param), queries.locale, chosen)
        result[facet.param] = FacetOptions(
            facet.param,
            str(facet.label),
            [FacetOption(str(value), str(label), n, str(value) in chosen) for value, label, n in rows],
        )
    return result, {name: value for name, value in counted.items() if "-" not in name}


@dataclass(frozen=True)
class ActiveFilter:
    """A filter in force, shown above the results as a link that removes it."""

    legend: str
    label: str
    remove_url: str


def active_filters(filters, facet_options, url):
    """The search words and every ticked option, each with the library URL that drops just it.

    The links end in #results, as the filter form does, so the visitor lands on the results."""

    def without(pair):
        remaining = [kept for kept in filters.params() if kept != pair]
        return f"{url}?{urlencode(remaining)}#results" if remaining else f"{url}#results"

    found = []
    if filters.query:
        found.append(ActiveFilter(_("Search"), filters.query, without(("q", filters.query))))
    for name, options in facet_options.items():
        for option in options:
            if option.selected:
                found.append(ActiveFilter(options.legend, option.label, without((name, option.value))))
    return found


def with_card_data(queryset):
    """What a result card needs, in two queries per page of results."""
    return queryset.select_related("locale").prefetch_related(
        Prefetch("framework_links", queryset=ResourceFramework.objects.select_related("framework")),
        Prefetch("files", queryset=ResourceFile.objects.select_related("document")),
    )


ORDERINGS = {"newest": ["-created_at", "-pk"], "title": ["title", "pk"]}


def search_library(filters, locale, pack=None):
    """The library's results and facets for normalised `filters` in `locale`, and totals over the
    results: "listed", and with `pack` (a PackView) "pack_size", the offline pack's size (when
    the listing is short enough to be packed). With a
    query of several words of which no result has all, `page_obj.only_some_words` is True (the
    page says so)."""
    queries = _LibraryQueries(filters, locale, pack)
    found = results = None
    if filters.query:
        found = Resource.objects.found_for_query(filters.query, locale)
        queries.found_ids = json.dumps(found.ids)
        # The search found only what the library shows (in_library_of): ticked facets narrow it.
        results = Resource.objects.in_library_of(locale).filter(pk__in=found.ids).filter(filters.condition())
    facet_options, counted = facets(queries, filters)
    allowed = None
    if filters.sort == "relevance" and found is not None:
        allowed = set(results.values_list("pk", flat=True)) if filters.active else set(found.ids)
        page_obj = Paginator([pk for pk in found.ids if pk in allowed], PER_PAGE).get_page(filters.page)
        shown = with_card_data(Resource.objects.all()).in_bulk(page_obj.object_list)
        page_obj.object_list = [shown[pk] for pk in page_obj.object_list if pk in shown]
    else:
        page_obj = page_of(queries.listing(_listed), filters.page, PER_PAGE, count=counted["listed"])
    page_obj.only_some_words = bool(
        found is not None and page_obj.paginator.count and only_some_words(found, results, allowed)
    )
    return page_obj, facet_options, counted


def only_some_words(found, results, allowed=None):
    """Whether no entry of `results` has every word of a query of several (search.engine.Found):
    asked of the ids in hand, or else of the database only when some entry has them all."""
    if found.word_count < 2:
        return False
    every_word = [pk for pk, count in found.matched.items() if count == found.word_count]
    if not every_word:
        return True
    if allowed is not None:
        return not allowed.intersection(every_word)
    return not results.filter(pk__in=every_word).exists()
