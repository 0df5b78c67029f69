"""iCalendar (RFC 5545) for events: pure functions from event data to icalendar components.

Times are written in UTC, which every client (Outlook included) reads without a VTIMEZONE.
The UID is built from the event's translation key and language, so it survives edits, slug changes
and re-publishing, while each language's feed keeps its own entries.

An event over several days (in its own time zone) is not one long block, which calendars draw
across the nights: by the event's `calendar_days`, it is one entry per day from the start time to
the end time ("sessions", the default), or whole days (DATE values, DTEND the day after the last).
Sessions need an end time later in the day than the start time; otherwise whole days are used.
Day 1 keeps the event's UID, day n adds "-day<n>", so a postponed event updates in place.
"""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from django.http import HttpResponse
from django.utils.html import strip_tags
from django.utils.http import content_disposition_header

PRODUCT_ID = "-//VET-WEB//Events//EN"
UID_DOMAIN = "vet-web"
# RFC 5545 STATUS of a VEVENT by the event's status; anything else is CONFIRMED.
CALENDAR_STATUS = {"cancelled": "CANCELLED", "postponed": "TENTATIVE"}

TIMED, SESSIONS, ALL_DAY = "timed", "sessions", "all_day"


def event_uid(event, day=1):
    suffix = f"-day{day}" if day > 1 else ""
    return f"{event.translation_key}-{event.locale.language_code}{suffix}@{UID_DOMAIN}"


def _utc(moment):
    return moment.astimezone(UTC)


def _zone(event):
    return ZoneInfo(getattr(event, "time_zone", None) or "UTC")


def layout(event):
    """How calendars get this event: TIMED (one day), SESSIONS (one entry a day) or ALL_DAY."""
    zone = _zone(event)
    start, end = event.start.astimezone(zone), event.end.astimezone(zone)
    if start.date() == end.date():
        return TIMED
    if getattr(event, "calendar_days", SESSIONS) == ALL_DAY or end.time() <= start.time():
        return ALL_DAY
    return SESSIONS


def event_to_vevents(event, url, *, language=None, now=None):
    """The VEVENTs of an event page (or any object with the same attributes), by its layout."""
    kind = layout(event)
    if kind == TIMED:
        return [event_to_vevent(event, url, language=language, now=now)]
    zone = _zone(event)
    first, last = event.start.astimezone(zone), event.end.astimezone(zone)
    if kind == ALL_DAY:
        return [
            event_to_vevent(
                event, url, language=language, now=now, span=(first.date(), last.date() + timedelta(days=1))
            )
        ]
    days = (last.date() - first.date()).days + 1
    vevents = []
    for day in range(1, days + 1):
        date = first.date() + timedelta(days=day - 1)
        span = (
            datetime.combine(date, first.time(), tzinfo=zone),
            datetime.combine(date, last.time(), tzinfo=zone),
        )
        vevents.append(event_to_vevent(event, url, language=language, now=now, span=span, day=(day, days)))
    return vevents


def event_to_vevent(event, url, *, language=None, now=None, span=None, day=(1, 1)):
    """One VEVENT for an event page: from start to end, or over `span` (dates for whole days, or
    one session's times); `day` is (n, of) for one day's session of a longer event."""
    vevent = Event()
    stamp = getattr(event, "last_published_at", None) or now or datetime.now(UTC)
    start, end = span or (event.start, event.end)
    vevent.add("uid", event_uid(event, day[0]))
    vevent.add("dtstamp", _utc(stamp))
    vevent.add("last-modified", _utc(stamp))
    vevent.add("dtstart", _utc(start) if isinstance(start, datetime) else start)
    vevent.add("dtend", _utc(end) if isinstance(end, datetime) else end)
    language_params = {"language": language} if language else {}
    vevent.add("summary", _summary(event, day), parameters=language_params)
    description = "\n\n".join(
        part for part in (getattr(event, "status_note", ""), strip_tags(event.intro or ""), url) if part
    )
    vevent.add("description", description, parameters=language_params)
    location = _location(event)
    if location:
        vevent.add("location", location, parameters=language_params)
    vevent.add("url", url)
    vevent.add("status", CALENDAR_STATUS.get(getattr(event, "status", ""), "CONFIRMED"))
    vevent.add("transp", "TRANSPARENT" if getattr(event, "status", "") == "cancelled" else "OPAQUE")
    vevent.add("class", "PUBLIC")
    return vevent


def _summary(event, day):
    """The title, "(2/3)" for a day's session, and the status first when it changed: many calendar
    apps do not show STATUS, so a cancelled event must say so in its title."""
    title = event.title if day[1] == 1 else f"{event.title} ({day[0]}/{day[1]})"
    status = getattr(event, "status", "scheduled")
    if status in ("", "scheduled"):
        return title
    return f"{event.get_status_display()}: {title}"


def _location(event):
    if getattr(event, "status", "") == "moved_online":
        return event.online_url or event.place
    return event.place or event.online_url


def calendar_for(vevents, name, language):
    """A published calendar holding the given VEVENTs."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "UTC")
    calendar.add("x-published-ttl", "PT12H")
    calendar.add("refresh-interval", timedelta(hours=12), parameters={"VALUE": "DURATION"})
    for vevent in vevents:
        calendar.add_component(vevent)
    return calendar


def calendar_around(vevents_bytes, name, language):
    """The bytes of calendar_for(...) holding VEVENTs already serialised (each kept on its own: a
    component serialises the same inside a calendar as alone)."""
    end = b"END:VCALENDAR\r\n"
    head = calendar_for([], name, language).to_ical()
    return head[: -len(end)] + b"".join(vevents_bytes) + end


def calendar_response(calendar, filename, *, attachment):
    """Serve a calendar (or its bytes); single events download as a file, the feed opens inline for subscribing."""
    body = calendar if isinstance(calendar, bytes) else calendar.to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(attachment, filename)
    return response
