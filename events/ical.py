"""iCalendar (RFC 5545) for events: pure functions from event data to the lines of a calendar.

Times are written in UTC, which every client (Outlook included) reads without a VTIMEZONE.
The UID is built from the event's translation key and language, so it survives edits, slug changes
and re-publishing, while each language's feed keeps its own entries.

An event over several days (in its own time zone) is not one long block, which calendars draw
across the nights: by the event's `calendar_days`, it is one entry per day from the start time to
the end time ("sessions", the default), or whole days (DATE values, DTEND the day after the last).
Sessions need an end time later in the day than the start time; otherwise whole days are used.
Day 1 keeps the event's UID, day n adds "-day<n>", so a postponed event updates in place.

The lines are written here, not with the icalendar package, which took 0.25 ms an entry: 190 of
the English calendar's 226 ms at 1,000 items per model (docs/decisions/0011-calendars-written-here.md).
What RFC 5545 asks of them is in `_text` and `_line` (TEXT escaped, lines folded at 75 octets) and
`_utc_text` (UTC times). The tests parse every calendar with icalendar, as a client would, and
compare the escaping and folding of typed text with icalendar's own writing.
"""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from django.http import HttpResponse
from django.utils.html import strip_tags
from django.utils.http import content_disposition_header

PRODUCT_ID = "-//VET-WEB//Events//EN"
UID_DOMAIN = "vet-web"
# RFC 5545 STATUS of a VEVENT by the event's status; anything else is CONFIRMED.
CALENDAR_STATUS = {"cancelled": "CANCELLED", "postponed": "TENTATIVE"}

TIMED, SESSIONS, ALL_DAY = "timed", "sessions", "all_day"
# A content line holds at most this many octets less one before it is folded (as icalendar folds).
FOLD_AT = 75


def event_uid(event, day=1):
    suffix = f"-day{day}" if day > 1 else ""
    return f"{event.translation_key}-{event.locale.language_code}{suffix}@{UID_DOMAIN}"


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
    """The VEVENTs (their lines) of an event page (or any object with the same attributes), by its
    layout. The lines every day's entry shares are written once."""
    shared = _shared_lines(event, url, language, now)
    return [_vevent(event, span, day, language, shared) for span, day in _spans(event)]


def _spans(event):
    """((start, end), (day, of)) of each entry of the event, by its layout."""
    kind = layout(event)
    if kind == TIMED:
        return [((event.start, event.end), (1, 1))]
    zone = _zone(event)
    first, last = event.start.astimezone(zone), event.end.astimezone(zone)
    if kind == ALL_DAY:
        return [((first.date(), last.date() + timedelta(days=1)), (1, 1))]
    days = (last.date() - first.date()).days + 1
    spans = []
    for day in range(1, days + 1):
        date = first.date() + timedelta(days=day - 1)
        session = (
            datetime.combine(date, first.time(), tzinfo=zone),
            datetime.combine(date, last.time(), tzinfo=zone),
        )
        spans.append((session, (day, days)))
    return spans


def _shared_lines(event, url, language, now):
    """(the DTSTAMP line, the lines after the UID): the same in each day's entry of an event."""
    stamp = _utc_text(getattr(event, "last_published_at", None) or now or datetime.now(UTC))
    in_language = {"LANGUAGE": language} if language else {}
    description = "\n\n".join(
        part for part in (getattr(event, "status_note", ""), strip_tags(event.intro or ""), url) if part
    )
    location = _location(event)
    status = getattr(event, "status", "")
    return f"DTSTAMP:{stamp}\r\n", "".join(
        (
            "CLASS:PUBLIC\r\n",
            _line("DESCRIPTION", _text(description), in_language),
            f"LAST-MODIFIED:{stamp}\r\n",
            _line("LOCATION", _text(location), in_language) if location else "",
            f"STATUS:{CALENDAR_STATUS.get(status, 'CONFIRMED')}\r\n",
            "TRANSP:TRANSPARENT\r\n" if status == "cancelled" else "TRANSP:OPAQUE\r\n",
            _line("URL", url),
        )
    )


def _vevent(event, span, day, language, shared):
    # In the order icalendar wrote them (its canonical order, then by name), so a calendar reads
    # as it did before: what a client sees of an event does not depend on who wrote the file.
    stamp_line, rest = shared
    return "".join(
        (
            "BEGIN:VEVENT\r\n",
            _line("SUMMARY", _text(_summary(event, day)), {"LANGUAGE": language} if language else None),
            _when("DTSTART", span[0]),
            _when("DTEND", span[1]),
            stamp_line,
            f"UID:{event_uid(event, day[0])}\r\n",  # a UUID, a language code: nothing to escape or fold
            rest,
            "END:VEVENT\r\n",
        )
    )


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


def calendar_for(vevents, name):
    """The bytes of a published calendar holding the given VEVENTs (event_to_vevents' lines)."""
    return "".join(
        (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
            _line("PRODID", _text(PRODUCT_ID)),
            "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n",
            _line("X-WR-CALNAME", _text(name)),
            "REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\nX-PUBLISHED-TTL:PT12H\r\nX-WR-TIMEZONE:UTC\r\n",
            *vevents,
            "END:VCALENDAR\r\n",
        )
    ).encode()


def _text(value):
    """A TEXT value escaped as RFC 5545 (3.3.11) asks, line breaks of any kind written as \\n."""
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _utc_text(moment):
    """A DATE-TIME in UTC: 20240604T070000Z (formatted by hand: strftime took twice as long)."""
    m = moment.astimezone(UTC)
    return f"{m.year:04}{m.month:02}{m.day:02}T{m.hour:02}{m.minute:02}{m.second:02}Z"


def _when(name, value):
    """A DTSTART or DTEND line: a time in UTC, or a whole day's date (short: never folded)."""
    if isinstance(value, datetime):
        return f"{name}:{_utc_text(value)}\r\n"
    return f"{name};VALUE=DATE:{value.strftime('%Y%m%d')}\r\n"


def _line(name, value, parameters=None):
    """One content line, folded as icalendar folds: a line of 75 octets or more goes on in lines
    that start with a space (RFC 5545 3.1), each of at most 74 octets after the space, cut between
    characters, and a piece never ends in a backslash or caret that could be moved to the next
    (clients misread an escape cut in two). Parameter values here are codes: never quoted."""
    written = "".join(f";{key}={parameter}" for key, parameter in (parameters or {}).items())
    octets = f"{name}{written}:{value}".encode()
    if len(octets) < FOLD_AT:
        return octets.decode() + "\r\n"
    parts, start = [], 0
    while len(octets) - start >= FOLD_AT:
        cut = start + FOLD_AT - 1
        while octets[cut] & 0xC0 == 0x80:  # inside a character's UTF-8 bytes: cut before it
            cut -= 1
        if octets[cut - 1] in b"\\^":
            cut -= 1
        parts.append(octets[start:cut])
        start = cut
    parts.append(octets[start:])
    return b"\r\n ".join(parts).decode() + "\r\n"


def calendar_response(calendar, filename, *, attachment):
    """Serve a calendar's bytes; single events download as a file, the feed opens inline for subscribing."""
    response = HttpResponse(calendar, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(attachment, filename)
    return response
