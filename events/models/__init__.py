"""The events app's models: pages (pages.py) and the inlines of an event page (report.py)."""

from .pages import (
    CALENDAR_MAX_EVENTS,
    CALENDAR_PAST_DAYS,
    DEFAULT_TIME_ZONE,
    TIME_ZONES,
    UPCOMING_SHOWN,
    CalendarDays,
    EventIndexPage,
    EventPage,
    EventStatus,
    EventType,
)
from .report import EventDocument, EventNewsLink, EventParticipants, EventPhoto

__all__ = [
    "CALENDAR_MAX_EVENTS",
    "CALENDAR_PAST_DAYS",
    "DEFAULT_TIME_ZONE",
    "TIME_ZONES",
    "UPCOMING_SHOWN",
    "CalendarDays",
    "EventDocument",
    "EventIndexPage",
    "EventNewsLink",
    "EventPage",
    "EventParticipants",
    "EventPhoto",
    "EventStatus",
    "EventType",
]
