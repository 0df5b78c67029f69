"""Turn the events index's GET parameters into normalised filters; anything unknown is ignored."""

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.http import urlencode

MIN_YEAR, MAX_YEAR = 2000, 2100


def normalise_choice(value, allowed):
    return value if value in allowed else ""


def normalise_year(value):
    value = (value or "").strip()
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        return None
    year = int(value)
    return year if MIN_YEAR <= year <= MAX_YEAR else None


@dataclass(frozen=True)
class EventFilters:
    """The event type and year a visitor chose, already checked."""

    event_type: str = ""
    year: int | None = None

    @classmethod
    def from_query(cls, query, *, event_types):
        return cls(
            event_type=normalise_choice(query.get("type"), event_types),
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

    @property
    def active(self):
        return bool(self.event_type or self.year)

    def query_prefix(self):
        """The filters as a query string for pagination links, ending in "&" when not empty."""
        params = {"type": self.event_type, "year": self.year or ""}
        query = urlencode({key: value for key, value in params.items() if value})
        return f"{query}&" if query else ""
