"""Turn the events index's GET parameters into normalised filters; anything unknown is ignored."""

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from core.listing import ListingFilters, one_of

MIN_YEAR, MAX_YEAR = 2000, 2100


def normalise_year(value):
    value = (value or "").strip()
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        return None
    year = int(value)
    return year if MIN_YEAR <= year <= MAX_YEAR else None


@dataclass(frozen=True)
class EventFilters(ListingFilters):
    """The event type and year a visitor chose, already checked."""

    PARAMETERS = ("type", "year")

    event_type: str = ""
    year: int | None = None

    @classmethod
    def from_query(cls, query, *, event_types=(), **context):
        return cls(
            event_type=one_of(query.get("type"), event_types),
            year=normalise_year(query.get("year")),
        )

    def apply(self, events):
        if self.event_type:
            events = events.filter(event_type=self.event_type)
        if self.year is not None:
            zone = timezone.get_current_timezone()
            start = datetime(self.year, 1, 1, tzinfo=zone)
            events = events.filter(start__gte=start, start__lt=start.replace(year=self.year + 1))
        return events

    def params(self):
        params = (("type", self.event_type), ("year", self.year or ""))
        return [(name, value) for name, value in params if value]
