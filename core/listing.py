"""One shape for the filters of a listing (news, events, library, site search).

A listing's filters are parsed from the query string with every bad value dropped (never an
error), applied to a queryset, and give back their canonical GET parameters: the same filters
always give the same parameters, for pagination links and cache keys. Imports no app models.
"""

from django.core.paginator import Paginator
from django.utils.http import urlencode


def clean_text(raw, limit):
    """Drop control characters, collapse spaces and cap the length."""
    printable = "".join(ch for ch in (raw or "") if ch.isprintable())
    return " ".join(printable.split())[:limit]


def one_of(raw, allowed):
    """`raw` if it is one of `allowed`, else ""."""
    return raw if raw in allowed else ""


class ListingFilters:
    """Base of a listing's filters. Subclasses implement `from_query`, `apply` and `params`, and name
    the GET parameters they read in PARAMETERS (the page cache keys pages on those)."""

    PARAMETERS = ()

    @classmethod
    def parameters(cls):
        """The GET parameters this listing reads, besides "page"."""
        return cls.PARAMETERS

    @classmethod
    def from_query(cls, query, **context):
        """The filters a QueryDict asks for; unknown or malformed values are dropped."""
        raise NotImplementedError

    def apply(self, queryset):
        """`queryset` narrowed to what the filters select."""
        return queryset

    def params(self):
        """The canonical GET parameters as (name, value) pairs, without the page number."""
        raise NotImplementedError

    @property
    def active(self):
        """Whether any filter narrows the listing (offers "Clear filters")."""
        return bool(self.params())

    def query_string(self):
        return urlencode(self.params())

    def query_prefix(self):
        """The parameters for a pagination link, ending in "&" when not empty ("?{prefix}page=2")."""
        query = self.query_string()
        return f"{query}&" if query else ""


def understood_parameters():
    """Every GET parameter a public listing reads, and "page": the page cache keys pages on these
    and leaves any other parameter uncached. Read from the listings' classes as they are defined."""
    names, pending = {"page"}, list(ListingFilters.__subclasses__())
    while pending:
        listing = pending.pop()
        names.update(listing.parameters())
        pending.extend(listing.__subclasses__())
    return names


def page_of(queryset, number, per_page, prepare=None, count=None):
    """Page `number` (any string: out of range or junk gives the nearest page) of `queryset`: one
    count (none when the caller knows it) and one slice. Its items are fetched and handed once to
    `prepare`, if given (to decide their translation readings in one go)."""
    paginator = Paginator(queryset, per_page)
    if count is not None:
        paginator.count = count  # Paginator.count is a cached property: this is its value
    page_obj = paginator.get_page(number)
    page_obj.object_list = list(page_obj.object_list)
    if prepare and page_obj.object_list:
        prepare(page_obj.object_list)
    return page_obj
