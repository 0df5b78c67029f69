"""Seed the events index and the demo events in four languages. Safe to run again: it only adds
what is missing and never changes or deletes an event an editor has touched."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.management import call_command

from wagtail.models import Locale, Page

from home.models import HomePage
from home.seeding import catalogue_of, is_translated, stream_from, target_locales, translate

from . import seed_content as content
from .models import EventIndexPage, EventPage


def _local(parts, zone):
    return datetime(*parts, tzinfo=ZoneInfo(zone)) if parts else None


def seed_index(home):
    index = EventIndexPage.objects.child_of(home).first()
    if index is not None:
        return index
    index = EventIndexPage(
        title=content.INDEX_TITLE.en, slug="events", intro=content.INDEX_INTRO.en, show_in_menus=True
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def seed_event(index, spec):
    existing = EventPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    zone = spec["time_zone"]
    event = EventPage(
        title=spec["title"].en,
        slug=spec["slug"],
        intro=spec["intro"].en,
        event_type=spec["event_type"],
        start=_local(spec["start"], zone),
        end=_local(spec["end"], zone),
        time_zone=zone,
        venue=spec["venue"],
        city=spec["city"].en if spec["city"] else "",
        country=spec["country"].en if spec["country"] else "",
        online_url=spec.get("online_url", ""),
        registration_url=spec.get("registration_url", ""),
        registration_deadline=_local(spec.get("registration_deadline"), zone),
        programme=stream_from([("list", spec["programme"])]),
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return event


def event_texts(spec):
    places = [text for text in (spec["city"], spec["country"]) if text]
    return [spec["title"], spec["intro"], *places, *spec["programme"]]


def translate_missing(pages_and_texts, log, untranslated=()):
    for page, texts in pages_and_texts:
        catalogue = catalogue_of(texts)
        for locale in target_locales():
            page = Page.objects.get(pk=page.pk).specific  # re-fetch: see I18N.md, stale pages
            if not is_translated(page, locale):
                translate(page, locale, catalogue, untranslated=untranslated)
                log(f"Translated “{page.title}” into {locale.language_code}")


def seed_events(log=print):
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.get(locale=source_locale, depth=2)
    index = seed_index(home)
    events = [(seed_event(index, spec), spec) for spec in content.EVENTS]
    call_command("sync_locale_trees")
    translate_missing([(index, [content.INDEX_TITLE, content.INDEX_INTRO])], log)
    venues = {spec["venue"] for spec in content.EVENTS if spec["venue"]}
    translate_missing([(event, event_texts(spec)) for event, spec in events], log, untranslated=venues)
    return index
