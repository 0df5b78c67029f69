"""Events: an index per language with upcoming and past events, and one page per event.

Times are stored in UTC and shown in the event's own time zone; calendars (.ics) are built by
`events.ical`, never here.
"""

import itertools
from datetime import datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Exists, F, Prefetch, Q, Subquery, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index

from core import built_once
from core.images import make_renditions
from core.json_script import json_for_script
from core.listing import page_of
from core.locales import active_locale, localized_link
from core.pages import BasePage, IntroPage, children_to_count, intro_field, public, section_page
from core.translation_state import expect_readings, not_translated
from home.blocks import BodyStreamBlock

from .. import ical
from ..filters import EventFilters
from ..forms import EventPageForm
from ..zones import zone_city

DEFAULT_TIME_ZONE = "Europe/Rome"
# The language calendars hold upcoming events and those of the last year, at most this many
# (the upcoming ones first when more qualify: EventIndexPage.calendar_body).
CALENDAR_PAST_DAYS = 365
CALENDAR_MAX_EVENTS = 500
# The fields a calendar entry reads (events/ical.py; CalendarEvent).
CALENDAR_FIELDS = (
    *("title", "slug", "translation_key", "last_published_at", "intro", "start", "end"),
    *("time_zone", "calendar_days", "status", "status_note", "venue", "city", "country", "online_url"),
)
# The events page lists at most this many upcoming events, so its size stays bounded; the filters
# (type, year) reach the others.
UPCOMING_SHOWN = 12
# The zones of the partners' countries and of likely venues; a select, so no typing mistakes.
TIME_ZONES = [
    "Europe/Rome",
    "Europe/Tirane",
    "Europe/Podgorica",
    "Europe/Brussels",
    "Europe/Madrid",
    "Europe/Belgrade",
    "Europe/Sarajevo",
    "Europe/Skopje",
    "Europe/Athens",
    "Europe/Lisbon",
    "Europe/London",
    "UTC",
]


class EventType(models.TextChoices):
    MOBILITY = "mobility", _("Mobility")
    TRAINING = "training", _("Training")
    CONFERENCE = "conference", _("Conference")
    WEBINAR = "webinar", _("Webinar")
    NETWORKING = "networking", _("Networking meeting")


class EventStatus(models.TextChoices):
    """What happens to an event; shown on its page and cards, in calendars and schema.org data."""

    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")
    MOVED_ONLINE = "moved_online", _("Moved online")


# schema.org's eventStatus for each status.
SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.MOVED_ONLINE: "https://schema.org/EventMovedOnline",
}


class CalendarDays(models.TextChoices):
    """How calendars show an event over several days (see events/ical.py)."""

    SESSIONS = "sessions", _("One entry per day, from the start time to the end time")
    ALL_DAY = "all_day", _("Whole days")


# Renditions of a report's photos (WebP, responsive): prefetched with the photos, used by the template.
PHOTO_RENDITIONS = ("width-400|format-webp", "width-800|format-webp")


# Years between an index's first and last event asked one by one for the year filter (above: listed).
MAX_YEAR_SPAN = 50


def _events_under(path, depth):
    """Live, public events at `depth` under the page at `path`."""
    return (
        EventPage.objects.filter(path__startswith=path, depth=depth).live().public().select_related("locale")
    )


def _first_and_last_start(path, depth):
    """One row: when the first and the last event under the page at `path` start."""
    events = _events_under(path, depth).order_by()
    return (
        Page.objects.filter(path=path)  # the index page: one row
        .annotate(
            first=Subquery(events.order_by("start").values("start")[:1]),
            last=Subquery(events.order_by("-start").values("start")[:1]),
        )
        .values_list("first", "last")
    )


def _years_with_events(path, depth, bounds):
    """One row: for each pair of `bounds` (newest first), whether an event starts between them."""
    events = _events_under(path, depth).order_by()
    years = {
        f"year_{n}": Exists(events.filter(start__lt=newer, start__gte=older))
        for n, (newer, older) in enumerate(itertools.pairwise(bounds))
    }
    return Page.objects.filter(path=path).annotate(**years).values_list(*years)


def _upcoming_events(filters, limit, path, depth, now):
    return filters.apply(_events_under(path, depth)).filter(end__gte=now).order_by("start", "pk")[:limit]


def _past_events(filters, path, depth, now):
    return filters.apply(_events_under(path, depth)).filter(end__lt=now).order_by("-start", "-pk")


def _past_events_counted(filters, path, depth, now):
    """The events _past_events lists, as its page numbers count them (core.pages.children_to_count)."""
    return filters.apply(children_to_count(EventPage, path, depth, fields=True)).filter(end__lt=now)


class EventIndexPage(RoutablePageMixin, IntroPage):
    """The events of one language: upcoming first (soonest first), then past ones, paginated."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    past_per_page = 10

    class Meta:
        verbose_name = _("Event index page")

    def events(self):
        """Live, public events under this index, untranslated copies included."""
        return _events_under(self.path, self.depth + 1)

    def front_door(self, limit):
        """The next events, soonest first, for the home page (home.models.HomePage.section_news);
        the query's SQL built once per process (core.built_once)."""
        values = (self.path, self.depth + 1, timezone.now())
        return built_once.fetch(_upcoming_events, *values, shape=(EventFilters(), limit))

    def years(self):
        """The years with events, newest first, for the year filter. Each year from the first
        event's to the last event's is asked whether it has one: a few lookups in the events' index
        by start, where listing the distinct years read every event (it grew with their number)."""
        first_and_last = built_once.fetch(_first_and_last_start, self.path, self.depth + 1)
        first, last = first_and_last[0] if first_and_last else (None, None)
        if first is None:
            return []
        zone = timezone.get_current_timezone()
        candidates = list(
            range(timezone.localtime(last, zone).year, timezone.localtime(first, zone).year - 1, -1)
        )
        if len(candidates) > MAX_YEAR_SPAN:  # a mistyped year (2204): ask for the distinct years
            return [moment.year for moment in self.events().datetimes("start", "year", order="DESC")]
        # Year y runs from the start of y to the start of y + 1 (newest first: the bounds go down).
        bounds = [datetime(year, 1, 1, tzinfo=zone) for year in [candidates[0] + 1, *candidates]]
        found = built_once.fetch(_years_with_events, self.path, self.depth + 1, bounds)
        return [year for year, has_events in zip(candidates, found[0], strict=True) if has_events]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = EventFilters.from_query(request.GET, event_types=EventType.values)
        now = timezone.now()
        # One more than shown, to tell whether there are others. Each query's SQL is built once
        # per process (core.built_once).
        values = (self.path, self.depth + 1, now)
        upcoming = built_once.fetch(_upcoming_events, *values, shape=(filters, UPCOMING_SHOWN + 1))
        more_upcoming = len(upcoming) > UPCOMING_SHOWN
        upcoming = upcoming[:UPCOMING_SHOWN]
        past = built_once.Listing(_past_events, *values, shape=(filters,), counted=_past_events_counted)
        page_obj = page_of(past, request.GET.get("page"), self.past_per_page)
        # The cards' readings (which read in English) are decided in one go.
        if upcoming or page_obj.object_list:
            expect_readings([*upcoming, *page_obj.object_list])
        context.update(
            filters=filters,
            event_types=EventType.choices,
            years=[(year, year) for year in self.years()],
            upcoming_events=upcoming,
            more_upcoming=more_upcoming,
            page_obj=page_obj,
            query_prefix=filters.query_prefix(),
            source_language=settings.LANGUAGE_CODE,
        )
        return context

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """The subscribable calendar of this language: only events really written in it, upcoming
        or ended in the last CALENDAR_PAST_DAYS (a calendar client re-reads the whole file each time).

        At calendar/ rather than calendar.ics: Wagtail's page URLs allow no dots in a path segment.
        """
        return ical.calendar_response(
            self.calendar_body(request), f"vet-web-events-{self.locale.language_code}.ics", attachment=False
        )

    def calendar_body(self, request):
        now = timezone.now()
        # When more events than it holds qualify, the calendar keeps the upcoming ones (soonest
        # first) and then the latest that ended: in date order, a busy past year filled it and
        # left out what subscribers need most.
        upcoming = Q(end__gte=now)
        events = (
            self.events()
            .filter(locale_id=self.locale_id, end__gte=now - timedelta(days=CALENDAR_PAST_DAYS))
            .exclude(not_translated(EventPage))
            .values(*CALENDAR_FIELDS)
            .order_by(
                Case(When(upcoming, then=Value(0)), default=Value(1)),
                Case(When(upcoming, then=F("start"))).asc(),
                F("start").desc(),
                "pk",
            )[:CALENDAR_MAX_EVENTS]
        )
        # Its events are its children (self.events()): each one's URL is this page's and its slug,
        # as Wagtail's url_path makes it (asking each page: 9 ms for 304 events).
        here = request.build_absolute_uri(self.get_url(request))
        written_in = SimpleNamespace(language_code=self.locale.language_code)
        vevents = [
            vevent
            for values in events
            for vevent in ical.event_to_vevents(
                CalendarEvent(locale=written_in, **values), f"{here}{values['slug']}/"
            )
        ]
        return ical.calendar_for(vevents, name=f"VET-WEB · {self.title}")


class EventPage(RoutablePageMixin, BasePage):
    """One event, with its times in its own time zone, its programme, and afterwards its outputs."""

    intro = intro_field(_("Summary"))
    event_type = models.CharField(_("Type of event"), max_length=20, choices=EventType.choices)
    start = models.DateTimeField(_("Starts"), help_text=_("Local time at the event, in its time zone."))
    end = models.DateTimeField(_("Ends"), help_text=_("Local time at the event, in its time zone."))
    time_zone = models.CharField(
        _("Time zone"),
        max_length=40,
        choices=[(zone, zone) for zone in TIME_ZONES],
        default=DEFAULT_TIME_ZONE,
    )
    venue = models.CharField(_("Venue"), max_length=200, blank=True)
    city = models.CharField(_("City"), max_length=100, blank=True)
    country = models.CharField(_("Country"), max_length=100, blank=True)
    online_url = models.URLField(_("Online link"), blank=True, help_text=_("For webinars and hybrid events."))
    registration_url = models.URLField(_("Registration link"), blank=True)
    registration_deadline = models.DateTimeField(_("Registration deadline"), null=True, blank=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    status_note = models.CharField(
        _("About the change"),
        max_length=300,
        blank=True,
        help_text=_("Shown beside the status, e.g. the new date or the online link's use."),
    )
    calendar_days = models.CharField(
        _("In calendars, an event over several days shows as"),
        max_length=20,
        choices=CalendarDays.choices,
        default=CalendarDays.SESSIONS,
        help_text=_(
            "One entry per day needs an end time later in the day than the start time; "
            "otherwise calendars show whole days."
        ),
    )
    programme = StreamField(BodyStreamBlock(), verbose_name=_("Programme"), blank=True)
    outcomes = StreamField(
        BodyStreamBlock(),
        verbose_name=_("Outcomes"),
        blank=True,
        help_text=_(
            "After the event: what it achieved. With photos, slides and participants it is the report."
        ),
    )
    work_package = models.ForeignKey(
        "home.WorkPackagePage",
        verbose_name=_("Work package"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldPanel("time_zone"),
                FieldPanel("start"),
                FieldPanel("end"),
                FieldPanel("calendar_days"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("status_note")], heading=_("Status")),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("city"), FieldPanel("country"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("registration_deadline")], heading=_("Registration")
        ),
        FieldPanel("programme"),
        PageChooserPanel("work_package"),
        InlinePanel("documents", label=_("Documents and slides")),
        InlinePanel("news_links", label=_("News about this event")),
        MultiFieldPanel(
            [
                FieldPanel("outcomes"),
                InlinePanel("photos", label=_("Photos")),
                InlinePanel("participants", label=_("Participants by country")),
            ],
            heading=_("Report (after the event)"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("programme"),
        index.SearchField("outcomes"),
        index.SearchField("venue"),
        index.SearchField("city"),
        index.SearchField("country"),
        index.FilterField("start"),
        index.FilterField("event_type"),
    ]
    # Times are UTC in ISO 8601; time_zone says where they are local (what the page shows).
    api_fields = [
        APIField("intro"),
        APIField("event_type"),
        APIField("start"),
        APIField("end"),
        APIField("time_zone"),
        APIField("venue"),
        APIField("city"),
        APIField("country"),
        APIField("place"),
        APIField("online_url"),
        APIField("registration_url"),
        APIField("registration_deadline"),
        APIField("registration_open"),
        APIField("status"),
        APIField("status_note"),
        APIField("work_package"),
        APIField("programme"),
    ]

    base_form_class = EventPageForm
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Event")
        # Upcoming and past events in date order (the index, the calendar, the home page): read
        # in that order and stopped at the page's last event, not every event sorted. The end is
        # in the index so that the events passed on the way (upcoming ones are found in start
        # order, past the events that have ended) are judged without reading their rows: at
        # 10,000 events the home page's next events took 17 ms, now 2.
        indexes = [models.Index(fields=["start", "page_ptr", "end"], name="events_by_start")]

    @property
    def zone(self):
        return ZoneInfo(self.time_zone or DEFAULT_TIME_ZONE)

    @property
    def zone_city(self):
        return zone_city(self.time_zone or DEFAULT_TIME_ZONE)

    @property
    def has_ended(self):
        return self.end < timezone.now()

    @property
    def is_online(self):
        return bool(self.online_url)

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def has_changed(self):
        """Cancelled, postponed or moved online: the page, cards and calendars say so."""
        return self.status != EventStatus.SCHEDULED

    @property
    def has_report(self):
        """After an event that took place, its page is its report."""
        return self.has_ended and self.status not in (EventStatus.CANCELLED, EventStatus.POSTPONED)

    @property
    def registration_open(self):
        if (
            not self.registration_url
            or self.has_ended
            or self.status
            in (
                EventStatus.CANCELLED,
                EventStatus.POSTPONED,
            )
        ):
            return False
        return self.registration_deadline is None or self.registration_deadline >= timezone.now()

    @property
    def place(self):
        """Venue, city and country as one line, e.g. for calendars."""
        return ", ".join(part for part in (self.venue, self.city, self.country) if part)

    @property
    def ends_on_start_day(self):
        return self.start.astimezone(self.zone).date() == self.end.astimezone(self.zone).date()

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts: check the end date and time.")
        if self.registration_deadline and self.start and self.registration_deadline > self.start:
            errors["registration_deadline"] = _("Registration has to close before the event starts.")
        if not (self.city or self.online_url):
            errors["city"] = _("Give the city where the event takes place, or an online link.")
        if self.status == EventStatus.MOVED_ONLINE and not self.online_url:
            errors["online_url"] = _("An event moved online needs its online link.")
        if errors:
            raise ValidationError(errors)

    def related_news(self):
        """The linked news pages, each in this page's language where translated, in editor order."""
        linked = [link.news for link in self.news_links.select_related("news") if link.news.live]
        keys = [news.translation_key for news in linked]
        localized = public(Page.objects.live().filter(translation_key__in=keys, locale_id=self.locale_id))
        by_key = {news.translation_key: news for news in localized} if keys else {}
        return [by_key.get(news.translation_key, news) for news in linked]

    def documents_for_display(self):
        return self.documents.select_related("document").order_by("sort_order")

    def photos_for_display(self):
        """The report's photos with their WebP renditions, in two queries whatever their number."""
        images = get_image_model().objects.prefetch_renditions(*PHOTO_RENDITIONS)
        return list(self.photos.prefetch_related(Prefetch("image", queryset=images)).order_by("sort_order"))

    def photos_with_renditions(self):
        """The photos with their renditions made now: they are kept with the page's surroundings,
        so a rendition made later while rendering would be looked up again on every visit."""
        photos = self.photos_for_display()
        for photo in photos:
            make_renditions(photo.image, *PHOTO_RENDITIONS)
        return photos

    def participants_by_country(self):
        return list(self.participants.order_by("sort_order", "pk"))

    def json_ld(self, url):
        """schema.org Event data, safe to put inside a <script> element."""
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.intro,
            "url": url,
            "inLanguage": self.content_language,
            "startDate": self.start.astimezone(self.zone).isoformat(),
            "endDate": self.end.astimezone(self.zone).isoformat(),
            "eventStatus": SCHEMA_STATUS.get(self.status, SCHEMA_STATUS[EventStatus.SCHEDULED]),
            "eventAttendanceMode": self._attendance_mode(),
            "location": self._schema_locations(),
            "organizer": {"@type": "Organization", "name": "VET-WEB"},
        }
        return json_for_script(data)

    def _attendance_mode(self):
        if self.status == EventStatus.MOVED_ONLINE:
            return "https://schema.org/OnlineEventAttendanceMode"
        if self.online_url and self.city:
            return "https://schema.org/MixedEventAttendanceMode"
        if self.online_url:
            return "https://schema.org/OnlineEventAttendanceMode"
        return "https://schema.org/OfflineEventAttendanceMode"

    def _schema_locations(self):
        locations = []
        if self.city and self.status != EventStatus.MOVED_ONLINE:
            address = {"@type": "PostalAddress", "addressLocality": self.city, "addressCountry": self.country}
            locations.append({"@type": "Place", "name": self.venue or self.city, "address": address})
        if self.online_url:
            locations.append({"@type": "VirtualLocation", "url": self.online_url})
        return locations[0] if len(locations) == 1 else locations

    def surroundings(self):
        """What the page shows besides its own fields: slides, news, photos, participants, its
        calendar and work package (a query or two each)."""
        parent = section_page(EventIndexPage) if self.locale_id == active_locale().pk else None
        if parent is None or not self.path.startswith(parent.path):
            parent = self.get_parent().specific
        participants = self.participants_by_country() if self.has_report else []
        return {
            "documents": list(self.documents_for_display()),
            "related_news": self.related_news(),
            "photos": self.photos_with_renditions() if self.has_report else [],
            "participants": participants,
            "participants_total": sum(row.count for row in participants),
            "calendar_index": parent if isinstance(parent, EventIndexPage) else None,
            "work_package": localized_link(self, "work_package"),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        url = request.build_absolute_uri(self.get_url(request))
        context["json_ld"] = self.json_ld(url)
        context.update(self.surroundings())
        return context

    @path("ics/", name="ics")
    def ics(self, request):
        """This one event as an .ics file to add to a calendar."""
        url = request.build_absolute_uri(self.get_url(request))
        vevents = ical.event_to_vevents(self, url, language=self.content_language)
        calendar = ical.calendar_for(vevents, name=self.title)
        return ical.calendar_response(calendar, f"{self.slug}.ics", attachment=True)


class CalendarEvent(SimpleNamespace):
    """An event as a language calendar's entries read it (events/ical.py), from one row of the
    calendar's query (CALENDAR_FIELDS): as page instances, each built with its 48 columns, the
    calendar's 304 events at 1,000 items per model took 9 of its 37 ms (decision 0011)."""

    place = EventPage.place

    def get_status_display(self):
        # As Django's get_FOO_display: a value outside the choices (set from a shell, say) is
        # shown as it is, not an error that takes the whole calendar down.
        return dict(EventStatus.choices).get(self.status, self.status)
