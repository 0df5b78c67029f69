"""Turn the mobility stories' GET parameters (country, role, year) into checked filters."""

from dataclasses import dataclass

from django.db.models import Q

from core.countries import Country
from core.listing import ListingFilters, one_of

MIN_YEAR, MAX_YEAR = 2000, 2100


def normalise_year(value):
    value = (value or "").strip()
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        return None
    year = int(value)
    return year if MIN_YEAR <= year <= MAX_YEAR else None


@dataclass(frozen=True)
class MobilityFilters(ListingFilters):
    """The country (sending or host), participant role and year a visitor chose, already checked."""

    PARAMETERS = ("country", "role", "year")

    country: str = ""
    role: str = ""
    year: int | None = None

    @classmethod
    def from_query(cls, query, *, roles=(), **context):
        return cls(
            country=one_of(query.get("country"), Country.values),
            role=one_of(query.get("role"), roles),
            year=normalise_year(query.get("year")),
        )

    def apply(self, stories):
        if self.country:
            stories = stories.filter(Q(sending_country=self.country) | Q(host_country=self.country))
        if self.role:
            stories = stories.filter(role=self.role)
        if self.year is not None:
            stories = stories.filter(start_date__year=self.year)
        return stories

    def params(self):
        params = (("country", self.country), ("role", self.role), ("year", self.year or ""))
        return [(name, value) for name, value in params if value]
