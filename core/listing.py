"""One shape for the filters of a listing (news, events, library, site search).

A listing's filters are parsed from the query string with every bad value dropped (never an
error), applied to a queryset, and give back their canonical GET parameters: the same filters
always give the same parameters, for pagination links and cache keys. Imports no app models.
"""

from collections.abc import Sequence

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


class Cards(Sequence):
    """The items of one page of a listing, known by their ids and fetched only when something
    reads them. A page whose cards are kept rendered per content generation (the
    `{% kept_per_generation %}` tag keys them by these ids) never fetches them at all.

    `queryset` fetches the items with what their cards need (select_related, prefetch); `prepare`,
    if given, is called once with the fetched list (to decide their translation readings in one
    go). Ids of items gone since are skipped."""

    def __init__(self, ids, queryset, prepare=None):
        self.ids, self.queryset, self.prepare = list(ids), queryset, prepare
        self._items = None

    def _fetched(self):
        if self._items is None:
            found = self.queryset.in_bulk(self.ids) if self.ids else {}
            self._items = [found[pk] for pk in self.ids if pk in found]
            if self.prepare and self._items:
                self.prepare(self._items)
        return self._items

    def __len__(self):
        return len(self._fetched()) if self._items is not None else len(self.ids)

    def __getitem__(self, index):
        return self._fetched()[index]

    def __iter__(self):
        return iter(self._fetched())

    def kept_key(self):
        """The fragment key part of these cards, as the same list of fetched items would give."""
        label = self.queryset.model._meta.label
        return "[" + ",".join(f"{label}:{pk}" for pk in self.ids) + "]"


def page_of_cards(ids, number, per_page, queryset, prepare=None):
    """Page `number` (any string: out of range or junk gives the nearest page) of a listing whose
    ordered ids are known, its items as lazy `Cards`."""
    page_obj = Paginator(ids, per_page).get_page(number)
    page_obj.object_list = Cards(page_obj.object_list, queryset, prepare)
    return page_obj
