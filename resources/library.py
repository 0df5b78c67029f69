"""The library listing: visible resources for a language, facet filters and their counts.

Filters combine with AND across facets and OR within one. Each facet is counted over the resources
matching every *other* facet, so a count says how many results ticking that box would add. Every
facet costs one query whatever the number of resources.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q

from resources.choices import AUDIENCES, EQF_LEVELS, FILE_LANGUAGES, RESOURCE_TYPES
from resources.fields import SEPARATOR
from resources.models.snippets import Framework, Resource, ResourceFramework, ResourceTag

PER_PAGE = 20
MAX_TAG_OPTIONS = 30
SINGLE_FIELDS = {"type": ("resource_type", RESOURCE_TYPES)}
MULTI_FIELDS = {
    "audience": ("audiences", AUDIENCES),
    "eqf": ("eqf_levels", EQF_LEVELS),
    "language": ("file_languages", FILE_LANGUAGES),
}


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


# A facet with more options than this starts folded, so keyboard users can tab past it.
FOLD_AFTER = 12


@dataclass
class Facet:
    """One facet's options; iterating it gives the options."""

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


def facet_q(name, values):
    """The condition for one facet: any of `values` (OR)."""
    if name == "framework":
        links = ResourceFramework.objects.filter(framework__slug__in=values).values("resource_id")
        return Q(pk__in=links)
    if name == "tag":
        tagged = ResourceTag.objects.filter(tag__name__in=values).values("content_object_id")
        return Q(pk__in=tagged)
    if name in SINGLE_FIELDS:
        return Q(**{f"{SINGLE_FIELDS[name][0]}__in": values})
    column = MULTI_FIELDS[name][0]
    condition = Q()
    for value in values:
        condition |= Q(**{f"{column}__contains": f"{SEPARATOR}{value}{SEPARATOR}"})
    return condition


def apply_filters(queryset, selected, *, except_facet=None):
    for name, values in selected.items():
        if values and name != except_facet:
            queryset = queryset.filter(facet_q(name, values))
    return queryset


def count_choices(queryset, name):
    if name in SINGLE_FIELDS:
        column, options = SINGLE_FIELDS[name]
        counts = dict(queryset.order_by().values_list(column).annotate(n=Count("pk")))
        return [(key, label, counts.get(key, 0)) for key, label in options]
    column, options = MULTI_FIELDS[name]
    aggregates = {
        f"c{index}": Count("pk", filter=Q(**{f"{column}__contains": f"{SEPARATOR}{key}{SEPARATOR}"}))
        for index, (key, _label) in enumerate(options)
    }
    counts = queryset.order_by().aggregate(**aggregates)
    return [(key, label, counts[f"c{index}"]) for index, (key, label) in enumerate(options)]


def count_frameworks(queryset, locale, selected):
    counts = dict(
        ResourceFramework.objects.filter(resource__in=queryset.order_by().values("pk"))
        .values_list("framework__slug")
        .annotate(n=Count("resource_id", distinct=True))
    )
    for slug in selected:
        counts.setdefault(slug, 0)  # a ticked box stays visible, so it can be unticked
    labels = {}
    for framework in Framework.objects.filter(slug__in=counts, live=True).select_related("locale"):
        if framework.locale_id == locale.pk or framework.slug not in labels:
            labels[framework.slug] = framework.label
    return sorted(
        ((slug, labels.get(slug, slug), n) for slug, n in counts.items()), key=lambda row: row[1].lower()
    )


def count_tags(queryset, selected):
    rows = (
        ResourceTag.objects.filter(content_object__in=queryset.order_by().values("pk"))
        .values_list("tag__name")
        .annotate(n=Count("content_object_id", distinct=True))
        .order_by("-n", "tag__name")
    )
    counts = dict(rows[:MAX_TAG_OPTIONS])
    for name in selected:
        counts.setdefault(name, 0)
    return sorted(((name, name, n) for name, n in counts.items()), key=lambda row: row[0])


def facets(base, selected, locale):
    """Every facet's options with counts, in a fixed number of queries."""
    result = {}
    for name in ("framework", "type", "audience", "eqf", "language", "tag"):
        others = apply_filters(base, selected, except_facet=name)
        if name == "framework":
            rows = count_frameworks(others, locale, selected.get("framework", []))
        elif name == "tag":
            rows = count_tags(others, selected.get("tag", []))
        else:
            rows = count_choices(others, name)
        chosen = selected.get(name, [])
        result[name] = Facet(
            [FacetOption(str(value), label, n, str(value) in chosen) for value, label, n in rows]
        )
    return result


def with_card_data(queryset):
    """What a result card needs, in two queries per page of results."""
    return queryset.select_related("locale", "document").prefetch_related(
        Prefetch("framework_links", queryset=ResourceFramework.objects.select_related("framework"))
    )


ORDERINGS = {"newest": ["-created_at", "-pk"], "title": ["title", "pk"]}


def search_library(filters, locale):
    """The library's results and facets for normalised `filters` in `locale`."""
    base = Resource.objects.in_library_of(locale)
    ranked_ids = None
    if filters.query:
        ranked_ids = Resource.objects.search_ids(filters.query, locale)
        base = base.filter(pk__in=ranked_ids)
    results = apply_filters(base, filters.selected)
    if filters.sort == "relevance" and ranked_ids is not None:
        allowed = set(results.values_list("pk", flat=True))
        page_obj = Paginator([pk for pk in ranked_ids if pk in allowed], PER_PAGE).get_page(filters.page)
        found = with_card_data(Resource.objects.filter(pk__in=list(page_obj.object_list))).in_bulk()
        page_obj.object_list = [found[pk] for pk in page_obj.object_list if pk in found]
    else:
        ordered = with_card_data(results.order_by(*ORDERINGS[filters.sort]))
        page_obj = Paginator(ordered, PER_PAGE).get_page(filters.page)
    return page_obj, facets(base, filters.selected, locale)
