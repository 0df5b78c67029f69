"""The events index and the demo events. Times in the data are wall-clock times in each event's
own time zone; venue names are proper names and stay as they are in every language."""

from zoneinfo import ZoneInfo

from django.core.management import call_command

from events.models import EventDocument, EventIndexPage, EventPage, EventParticipants, EventPhoto
from home.models import HomePage, WorkPackagePage

from .. import data
from ..engine import ensure_page, publish, source_locale, stream_from, translate_missing
from ..images import demo_image
from ..pdf import demo_document


def _local(moment, zone):
    return moment.replace(tzinfo=ZoneInfo(zone)) if moment else None


def seed_index(home, spec):
    index = EventIndexPage.objects.child_of(home).first()
    if index is not None:
        return index
    index, _created = ensure_page(
        home, EventIndexPage, "events", title=spec["title"], intro=spec["intro"], show_in_menus=True
    )
    return index


def seed_event(index, spec, work_packages):
    existing = EventPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    zone = spec["time_zone"]
    event = EventPage(
        title=spec["title"],
        slug=spec["slug"],
        intro=spec["intro"],
        event_type=spec["event_type"],
        start=_local(spec["start"], zone),
        end=_local(spec.get("end"), zone),
        time_zone=zone,
        venue=spec["venue"],
        city=spec.get("city", ""),
        country=spec.get("country", ""),
        online_url=spec.get("online_url", ""),
        registration_url=spec.get("registration_url", ""),
        registration_deadline=_local(spec.get("registration_deadline"), zone),
        status=spec.get("status", "scheduled"),
        status_note=spec.get("status_note", ""),
        calendar_days=spec.get("calendar_days", "sessions"),
        programme=stream_from([{"list": spec["programme"]}]),
        work_package=work_packages[spec["work_package"]] if "work_package" in spec else None,
    )
    if "report" in spec:
        add_report(event, spec["report"])
    index.add_child(instance=event)
    return publish(event)


def add_report(event, report):
    """The report of a past event: outcomes, photos drawn at seed time, slides, participants."""
    event.outcomes = stream_from(report["outcomes"])
    for photo in report.get("photos", []):
        image = demo_image(photo["slug"], photo["title"], photo["alt"], wall=photo.get("wall", "#dfe9f3"))
        event.photos.add(EventPhoto(image=image, alt_text=photo["alt"], caption=photo["caption"]))
    for country, count in report.get("participants", {}).items():
        event.participants.add(EventParticipants(country=country, count=count))
    if "slides" in report:
        slides = demo_document(f"{event.slug}-slides", report["slides"], event.intro)
        event.documents.add(EventDocument(document=slides, label=report["slides"]))


def seed_events(log):
    content = data.content("events")
    home = HomePage.objects.get(locale=source_locale(), depth=2)
    index = seed_index(home, content["index"])
    # The English work packages (seed_project ran first); translations keep the link (a synchronised field).
    work_packages = {page.slug: page for page in WorkPackagePage.objects.filter(locale=home.locale)}
    events = [seed_event(index, spec, work_packages) for spec in content["events"]]
    call_command("sync_locale_trees")
    translate_missing(index, log)
    venues = {spec["venue"] for spec in content["events"] if spec["venue"]}
    for event in events:
        translate_missing(event, log, untranslated=venues)
    return index
