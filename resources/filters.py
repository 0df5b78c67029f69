"""Turn the library's GET parameters into normalised, bounded values (any input gives a normal page)."""

from dataclasses import dataclass, field

from resources.choices import AUDIENCES, EQF_LEVELS, FILE_LANGUAGES, RESOURCE_TYPES

MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 20
MAX_VALUE_LENGTH = 100
FACETS = ("framework", "type", "audience", "eqf", "language", "tag")
CHOICE_FACETS = {"type": RESOURCE_TYPES, "audience": AUDIENCES, "eqf": EQF_LEVELS, "language": FILE_LANGUAGES}
SORTS = ("relevance", "newest", "title")


def clean_text(raw, limit):
    """Drop control characters, collapse spaces and cap the length."""
    printable = "".join(ch for ch in (raw or "") if ch.isprintable())
    return " ".join(printable.split())[:limit]


@dataclass
class LibraryFilters:
    query: str = ""
    selected: dict = field(default_factory=dict)
    sort: str = "title"
    page: str = "1"

    @property
    def active(self):
        return any(self.selected.values())

    def params(self, without=("page",)):
        """The normalised GET parameters, for links that keep the current search."""
        pairs = []
        if self.query and "q" not in without:
            pairs.append(("q", self.query))
        for name in FACETS:
            pairs.extend((name, value) for value in self.selected.get(name, []))
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
    """Known choice values only; framework slugs and tags are kept and simply match nothing if unknown."""
    query = clean_text(querydict.get("q"), MAX_QUERY_LENGTH)
    selected = {name: values_of(querydict, name) for name in ("framework", "tag")}
    for name, options in CHOICE_FACETS.items():
        selected[name] = values_of(querydict, name, allowed={key for key, _label in options})
    sort = querydict.get("sort")
    if sort not in SORTS or (sort == "relevance" and not query):
        sort = default_sort(query)
    return LibraryFilters(query=query, selected=selected, sort=sort, page=querydict.get("page") or "1")
