"""iCalendar (RFC 5545) for events: pure functions from event data to icalendar components.

Times are written in UTC, which every client (Outlook included) reads without a VTIMEZONE.
The UID is built from the event's translation key and language, so it survives edits, slug changes
and re-publishing, while each language's feed keeps its own entries.
"""

from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from django.http import HttpResponse
from django.utils.html import strip_tags
from django.utils.http import content_disposition_header

PRODUCT_ID = "-//VET-WEB//Events//EN"
UID_DOMAIN = "vet-web"


def event_uid(event):
    return f"{event.translation_key}-{event.locale.language_code}@{UID_DOMAIN}"


def _utc(moment):
    return moment.astimezone(UTC)


def event_to_vevent(event, url, *, language=None, now=None):
    """One VEVENT for an event page (or any object with the same attributes)."""
    vevent = Event()
    stamp = getattr(event, "last_published_at", None) or now or datetime.now(UTC)
    vevent.add("uid", event_uid(event))
    vevent.add("dtstamp", _utc(stamp))
    vevent.add("last-modified", _utc(stamp))
    vevent.add("dtstart", _utc(event.start))
    vevent.add("dtend", _utc(event.end))
    language_params = {"language": language} if language else {}
    vevent.add("summary", event.title, parameters=language_params)
    description = "\n\n".join(part for part in (strip_tags(event.intro or ""), url) if part)
    vevent.add("description", description, parameters=language_params)
    location = event.place or event.online_url
    if location:
        vevent.add("location", location, parameters=language_params)
    vevent.add("url", url)
    vevent.add("status", "CONFIRMED")
    vevent.add("transp", "OPAQUE")
    vevent.add("class", "PUBLIC")
    return vevent


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


def calendar_response(calendar, filename, *, attachment):
    """Serve a calendar (or its bytes); single events download as a file, the feed opens inline for subscribing."""
    body = calendar if isinstance(calendar, bytes) else calendar.to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(attachment, filename)
    return response
