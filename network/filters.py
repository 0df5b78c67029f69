"""The directory's GET parameters (country, type, city), normalised; anything unknown is dropped."""

from dataclasses import dataclass

from core.listing import ListingFilters, one_of

from .places import CITIES_BY_KEY, COUNTRIES, cities_of


@dataclass(frozen=True)
class DirectoryFilters(ListingFilters):
    PARAMETERS = ("country", "type", "city")

    country: str = ""
    organisation_type: str = ""
    city: str = ""

    @classmethod
    def from_query(cls, query, **context):
        from .models import OrganisationType

        city = one_of(query.get("city"), CITIES_BY_KEY)
        country = one_of(query.get("country"), COUNTRIES)
        if city and country and CITIES_BY_KEY[city].country != country:
            city = ""  # a town of the other country: the country wins
        return cls(
            country=country,
            organisation_type=one_of(query.get("type"), OrganisationType.values),
            city=city,
        )

    def apply(self, members, *, city=True):
        """Narrow `members`; with city=False, every filter but the town (for the map's counts)."""
        if self.country:
            members = members.filter(city__in=cities_of(self.country))
        if self.organisation_type:
            members = members.filter(organisation_type=self.organisation_type)
        if city and self.city:
            members = members.filter(city=self.city)
        return members

    def params(self):
        params = (("country", self.country), ("type", self.organisation_type), ("city", self.city))
        return [(name, value) for name, value in params if value]
