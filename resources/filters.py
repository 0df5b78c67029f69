"""Turn the library's GET parameters into normalised, bounded values (any input gives a normal page)."""

from dataclasses import dataclass, field

from django.db.models import Q

from core.listing import ListingFilters, clean_text
from resources.facets import facets

MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 20
MAX_VALUE_LENGTH = 100
SORTS = ("relevance", "newest", "title")


@dataclass
class LibraryFilters(ListingFilters):
    query: str = ""
    selected: dict = field(default_factory=dict)
    sort: str = "title"
    page: str = "1"

    @classmethod
    def parameters(cls):
        return ("q", "sort", *(facet.param for facet in facets()))

    @classmethod
    def from_query(cls, query, **context):
        """Known choice values only; framework slugs and tags are kept and simply match nothing if unknown."""
        text = clean_text(query.get("q"), MAX_QUERY_LENGTH)
        selected = {facet.param: values_of(query, facet.param, facet.allowed()) for facet in facets()}
        sort = query.get("sort")
        if sort not in SORTS or (sort == "relevance" and not text):
            sort = default_sort(text)
        return cls(query=text, selected=selected, sort=sort, page=query.get("page") or "1")

    @property
    def active(self):
        return any(self.selected.values())

    def condition(self, *, except_facet=None, among=None):
        """Resources matching every facet (one facet's values combine with OR), optionally but one,
        or only the facets named in `among`."""
        condition = Q()
        for facet in facets():
            values = self.selected.get(facet.param)
            if values and facet.param != except_facet and (among is None or facet.param in among):
                condition &= facet.condition(values)
        return condition

    def apply(self, queryset, *, except_facet=None):
        return queryset.filter(self.condition(except_facet=except_facet))

    def params(self, without=("page",)):
        """The normalised GET parameters, for links that keep the current search."""
        pairs = []
        if self.query and "q" not in without:
            pairs.append(("q", self.query))
        for facet in facets():
            pairs.extend((facet.param, value) for value in self.selected.get(facet.param, []))
        if "sort" not in without and self.sort != default_sort(self.query):
            pairs.append(("sort", self.sort))
        return pairs


def default_sort(query):
    return "relevance" if query else "title"


def values_of(querydict, name, allowed=None):
    values = []
    for raw in querydict.getlist(name)[:MAX_VALUES_PER_FACET]:
        value = clean_text(raw, MAX_VALUE_LENGTH)
        if value and value not in values and (allowed is None or value in allowed):
            values.append(value)
    return values


def normalise(querydict):
    """The library's filters from a QueryDict."""
    return LibraryFilters.from_query(querydict)
