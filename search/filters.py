"""The site search's input: the query and the kind of result (?q=, ?kind=), normalised."""

from dataclasses import dataclass

from core.listing import ListingFilters, clean_text

MAX_QUERY_LENGTH = 200


def normalise_query(raw):
    """Trim, drop control characters and cap the query, so any input gives a normal page. Quotes,
    stars and operators stay as typed: the search reads words only (search/word_forms.py)."""
    return clean_text(raw, MAX_QUERY_LENGTH)


@dataclass(frozen=True)
class SearchFilters(ListingFilters):
    """What a visitor searches for, and the one kind they narrowed it to (None: every kind)."""

    PARAMETERS = ("q", "kind")

    query: str = ""
    kind: object = None

    @classmethod
    def from_query(cls, query, *, kinds=(), **context):
        wanted = query.get("kind")
        return cls(
            query=normalise_query(query.get("q")),
            kind=next((kind for kind in kinds if kind.key == wanted), None),
        )

    def params(self):
        return [("q", self.query), *([("kind", self.kind.key)] if self.kind else [])] if self.query else []
