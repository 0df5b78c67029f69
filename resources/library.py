"""The library listing: visible resources for a language, facet filters and their counts.

The facets are declared in resources/facets.py. Filters combine with AND across facets and OR
within one. Each facet is counted over the resources matching every *other* facet, so a count says
how many results ticking that box would add. Every facet costs one query whatever the number of
resources.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, F, Max, OuterRef, Prefetch, Subquery, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import gettext_lazy as _

from core.listing import page_of
from resources.facets import facets as registered_facets
from resources.models.files import ResourceFile
from resources.models.snippets import Framework, Resource, ResourceFramework

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
    """The label of a ResourceFramework row's framework in `locale`, else its own (an expression)."""
    labels = Framework.objects.filter(slug=OuterRef("framework__slug"), live=True, locale=locale)
    return Coalesce(Subquery(labels.annotate(shown=_label()).values("shown")[:1]), Max(_label("framework__")))


def count_frameworks(queryset, locale, selected):
    """(slug, label in `locale`, number of resources) of every framework used here, in one query."""
    rows = (
        ResourceFramework.objects.filter(resource__in=queryset.order_by().values("pk"))
        .order_by()
        .values_list("framework__slug")
        .annotate(n=Count("resource_id", distinct=True), label=framework_label(locale))
    )
    found = {slug: (label, n) for slug, n, label in rows}
    for slug in selected:
        found.setdefault(slug, (slug, 0))  # a ticked box stays visible, so it can be unticked
    return sorted(((slug, label, n) for slug, (label, n) in found.items()), key=lambda row: row[1].lower())


def facets(base, filters, locale, totals=None):
    """Every facet's options with counts, and `totals` ({name: aggregate over the listed
    resources}): the facets of fixed options and the totals in one query, each other facet in one.

    An option's count is over the resources matching every *other* facet (resources/facets.py)."""
    aggregates, fixed = dict(totals or {}), {}
    for facet in registered_facets():
        if hasattr(facet, "option_conditions"):
            others = filters.condition(except_facet=facet.param)
            fixed[facet.param] = facet.option_conditions()
            for index, (_value, _label, condition) in enumerate(fixed[facet.param]):
                aggregates[f"{facet.param}-{index}"] = Count("pk", filter=others & condition)
    counted = base.order_by().aggregate(**aggregates) if aggregates else {}
    result = {}
    for facet in registered_facets():
        chosen = filters.selected.get(facet.param, [])
        if facet.param in fixed:
            rows = [
                (value, label, counted[f"{facet.param}-{index}"])
                for index, (value, label, _condition) in enumerate(fixed[facet.param])
            ]
        else:
            rows = facet.counts(filters.apply(base, except_facet=facet.param), locale, chosen)
        result[facet.param] = FacetOptions(
            facet.param,
            str(facet.label),
            [FacetOption(str(value), str(label), n, str(value) in chosen) for value, label, n in rows],
        )
    return result, {name: counted[name] for name in totals or {}}


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


def search_library(filters, locale, totals=None):
    """The library's results and facets for normalised `filters` in `locale`, and `totals`
    ({name: aggregate}) over the results (the offline pack's size). With a query of several words
    of which no result has all, `page_obj.only_some_words` is True (the page says so)."""
    base = Resource.objects.in_library_of(locale)
    found = None
    if filters.query:
        found = Resource.objects.found_for_query(filters.query, locale)
        base = base.filter(pk__in=found.ids)
    listed = filters.condition()
    facet_options, counted = facets(
        base, filters, locale, {**(totals or {}), "listed": Count("pk", filter=listed)}
    )
    results = base.filter(listed)
    allowed = None
    if filters.sort == "relevance" and found is not None:
        # The search found only what the library shows (in_library_of): ticked facets narrow it.
        allowed = set(results.values_list("pk", flat=True)) if filters.active else set(found.ids)
        page_obj = Paginator([pk for pk in found.ids if pk in allowed], PER_PAGE).get_page(filters.page)
        shown = with_card_data(Resource.objects.all()).in_bulk(page_obj.object_list)
        page_obj.object_list = [shown[pk] for pk in page_obj.object_list if pk in shown]
    else:
        ordered = with_card_data(results.order_by(*ORDERINGS[filters.sort]))
        page_obj = page_of(ordered, filters.page, PER_PAGE, count=counted["listed"])
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
