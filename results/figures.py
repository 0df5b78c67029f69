"""The project's results in figures, from data the site already has: work packages and their
deliverables, the library per language, downloads per month, events held and their participants,
mobilities completed. The results page, its CSV and its charts all read one `Figure` list, so the
CSV always holds the numbers the page shows. A fixed number of queries, whatever the content size.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Count, Exists, F, OuterRef, Q, Sum, Value
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from core import built_once
from core.countries import country_name
from core.locales import default_locale
from core.locales import translated_language_name as language_name
from core.pages import PublicPageQuerySet
from core.translation_state import not_translated
from events.models import EventPage, EventParticipants, EventStatus
from mobility.models import MobilityPage, MobilityRole
from resources.models import Resource, ResourceDownload

DOWNLOAD_MONTHS = 12
# Chart geometry in SVG units: one row per bar, its label on a line above it, bars up to
# BAR_LENGTH in a chart CHART_WIDTH wide. The chart is drawn about as wide as a phone's screen
# (360 units for 320-420 px), so 16-unit labels read at about 16 px there, not shrunk to 6 px.
BAR_ROW, CHART_WIDTH, BAR_LENGTH = 46, 360, 290


@dataclass
class Figure:
    """One set of figures: a table (the real data) whose `chart` column is also drawn as a bar chart."""

    key: str
    title: str
    description: str
    headings: list
    rows: list = field(default_factory=list)  # [(label, [value, ...])]
    chart: int = 0  # the column the chart draws

    @property
    def chart_heading(self):
        return self.headings[self.chart + 1]

    @property
    def bars(self):
        """One bar per row for the SVG: label, value, its top (y) and length in chart units."""
        values = [row[1][self.chart] or 0 for row in self.rows]
        largest = max(values, default=0) or 1
        return [
            {"label": label, "value": value, "y": n * BAR_ROW, "length": round(BAR_LENGTH * value / largest)}
            for n, ((label, _values), value) in enumerate(zip(self.rows, values, strict=True))
        ]

    @property
    def chart_height(self):
        return max(len(self.rows), 1) * BAR_ROW

    def csv_rows(self):
        """(figure, row label, column heading, value) for each cell."""
        for label, values in self.rows:
            for heading, value in zip(self.headings[1:], values, strict=True):
                yield (str(self.title), str(label), str(heading), value)


def private_pages():
    """A Q of the pages in private sections (the restrictions are read once per request)."""
    return PublicPageQuerySet.private_q(Page.objects.all())


def library_figure():
    """Library entries readable in each language and the share of pages and entries translated.

    Counted as the Languages page counts (what the visitor reads, core/translation_state.py: an alias
    or a translation with nothing translated yet is not a translation), in one query.
    """
    source = settings.LANGUAGE_CODE
    figure = Figure(
        "library",
        _("The library and the site in each language"),
        _("Library entries translated into each language, and the share of pages and entries translated."),
        [_("Language"), _("Library entries"), _("Library translated (%)"), _("Pages translated (%)")],
    )
    pages, entries = [{}, {}]
    for kind, code, n in built_once.fetch(_written_in_each_language, default_locale().pk):
        (pages, entries)[kind][code] = n
    for code, _name in settings.LANGUAGES:
        figure.rows.append(
            (
                language_name(code),
                [entries.get(code, 0), _percent(entries, code, source), _percent(pages, code, source)],
            )
        )
    return figure


def _written_in_each_language(source_id):
    """(0 for pages or 1 for library entries, language code, how many of them read in it), in one
    query."""
    # The source language's objects are the originals: asking each whether it reads untranslated
    # grew with the content (28 of the Results page's ms at 10,000 items per model).
    counted = [
        queryset.exclude(~Q(locale_id=source_id) & not_translated(queryset.model))
        .order_by()
        .values("locale__language_code")
        .annotate(kind=Value(kind), n=Count("pk"))
        .values_list("kind", "locale__language_code", "n")
        for kind, queryset in enumerate((Page.objects.filter(depth__gt=1), Resource.objects.all()))
    ]
    return counted[0].union(*counted[1:], all=True)


def _percent(counts, code, source):
    total = counts.get(source, 0)
    return round(100 * counts.get(code, 0) / total) if total else 100


def downloads_figure(today=None):
    """Downloads per month of the last DOWNLOAD_MONTHS months, per site language, and in all."""
    today = today or timezone.localdate()
    since = (today.replace(day=1) - timedelta(days=31 * (DOWNLOAD_MONTHS - 1))).replace(day=1)
    codes = [code for code, _name in settings.LANGUAGES]
    counted = (
        ResourceDownload.objects.filter(date__gte=since)
        .annotate(month=TruncMonth("date"))
        .values("month", "language_code")
        .annotate(downloads=Sum("count"))
        .order_by("month")
    )
    by_month = {}
    for row in counted:
        month = row["month"]
        month = month.date() if hasattr(month, "date") else month
        by_month.setdefault(month, dict.fromkeys(codes, 0))[row["language_code"]] = row["downloads"]
    figure = Figure(
        "downloads",
        _("Library downloads per month"),
        _(
            "Downloads of library files and links per month and site language, offline packs included, "
            "over the last twelve months."
        ),
        [_("Month"), _("All languages"), *[language_name(code) for code in codes]],
    )
    for month in sorted(by_month):
        counts = [by_month[month].get(code, 0) for code in codes]
        figure.rows.append((date_format(month, "YEAR_MONTH_FORMAT"), [sum(counts), *counts]))
    return figure


def held_events(now=None):
    """The English originals of live events that took place (ended, not cancelled or postponed)."""
    return (
        EventPage.objects.live()
        .exclude(private_pages())
        .filter(locale__language_code=settings.LANGUAGE_CODE, end__lt=now or timezone.now())
        .exclude(status__in=(EventStatus.CANCELLED, EventStatus.POSTPONED))
    )


def events_and_mobilities(today=None):
    """(events held, participants figure, mobilities figure): the three counted in one query, its
    SQL built once per process (core.built_once)."""
    rows = {"held": [], "people": [], "mobility": []}
    for kind, *row in built_once.fetch(_held_and_completed, timezone.now(), today or date.today()):
        rows[kind].append(row)
    events_held = sum(n for _a, _b, n in rows["held"])
    return events_held, participants_figure(rows["people"]), mobilities_figure(rows["mobility"])


def _held_and_completed(now, today):
    """(kind, a, b, n): events held ("held"), their participants by country ("people") and the
    mobilities completed by host country and role ("mobility")."""
    held = held_events(now)
    blank = Value("")
    counted = [
        held.order_by().values(kind=Value("held"), a=blank, b=blank).annotate(n=Count("pk")),
        # Each report row asks whether its event was held (a lookup by key): `page__in=held` listed
        # every event held first, 7 ms at 10,000 events for the few that have reports.
        EventParticipants.objects.filter(Exists(held.filter(pk=OuterRef("page_id"))))
        .order_by()
        .values(kind=Value("people"), a=F("country"), b=blank)
        .annotate(n=Sum("count")),
        MobilityPage.objects.live()
        .exclude(private_pages())
        .filter(locale__language_code=settings.LANGUAGE_CODE, end_date__lt=today)
        .order_by()
        .values(kind=Value("mobility"), a=F("host_country"), b=F("role"))
        .annotate(n=Count("pk")),
    ]
    return counted[0].union(*counted[1:], all=True).values_list("kind", "a", "b", "n")


def participants_figure(rows):
    """Participants of the events held, by country (from the events' reports): `rows` of
    (country, "", people)."""
    figure = Figure(
        "participants",
        _("Participants in events, by country"),
        _("People who took part in the project's events, from the events' reports."),
        [_("Country"), _("Participants")],
    )
    ordered = sorted(rows, key=lambda row: (-row[2], row[0]))
    figure.rows = [(country_name(country), [people]) for country, _blank, people in ordered]
    return figure


def mobilities_figure(rows):
    """Mobilities completed, by host country and participant role: `rows` of (country, role, n)."""
    roles = MobilityRole.values
    by_country = {}
    for country, role, stories in rows:
        by_country.setdefault(country, dict.fromkeys(roles, 0))[role] = stories
    figure = Figure(
        "mobilities",
        _("Mobilities completed, by host country"),
        _("Staff and trainer mobilities that have ended, by the country that hosted them."),
        [_("Host country"), _("All mobilities"), *[MobilityRole(role).label for role in roles]],
    )
    for country, counts in sorted(by_country.items(), key=lambda item: str(country_name(item[0]))):
        values = [counts[role] for role in roles]
        figure.rows.append((country_name(country), [sum(values), *values]))
    return figure
