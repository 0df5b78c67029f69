"""Mobility stories: what a member of staff or a trainer learned abroad and tried back home.

A story names the participant's role, never the person, unless the editor adds a name (with the
participant's consent). Tools tried back home are library entries, linked through a translatable
inline (I18N.md), so each language's reader reaches the entry in their own library.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import built_once
from core.countries import Country, country_name
from core.listing import page_of
from core.locales import locale_of, localized_link
from core.pages import BasePage, IntroPage, intro_field
from core.translation_state import expect_readings
from home.blocks import BodyStreamBlock
from resources.models import Resource, ResourceLibraryPage

from .filters import MobilityFilters


class MobilityRole(models.TextChoices):
    STAFF = "staff", _("VET staff member")
    TRAINER = "trainer", _("Trainer")


def _stories_under(path, depth):
    """Live, public stories at `depth` under the page at `path`."""
    return (
        MobilityPage.objects.filter(path__startswith=path, depth=depth)
        .live()
        .public()
        .select_related("locale")
    )


def _latest_stories(limit, path, depth):
    return _stories_under(path, depth).order_by("-start_date", "-pk")[:limit]


class MobilityIndexPage(IntroPage):
    """The mobility stories of one language, newest first, filterable by country, role and year."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["mobility.MobilityPage"]
    max_count_per_parent = 1

    per_page = 12

    class Meta:
        verbose_name = _("Mobility stories index")

    def stories(self):
        """Live, public stories under this index, untranslated copies included."""
        return _stories_under(self.path, self.depth + 1)

    def front_door(self, limit):
        """The latest stories, newest first, for the home page (home.models.HomePage.section_news);
        the query's SQL built once per process (core.built_once)."""
        return built_once.fetch(_latest_stories, self.path, self.depth + 1, shape=(limit,))

    def facets(self):
        """The countries and years that have stories, for the filter form."""
        stories = self.stories()
        countries = set(stories.values_list("sending_country", flat=True)) | set(
            stories.values_list("host_country", flat=True)
        )
        years = [moment.year for moment in stories.dates("start_date", "year", order="DESC")]
        options = [(code, str(country_name(code))) for code in countries if code]
        return sorted(options, key=lambda option: option[1]), years

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = MobilityFilters.from_query(request.GET, roles=MobilityRole.values)
        stories = filters.apply(self.stories()).order_by("-start_date", "-pk")
        # The cards' readings (which read in English) are decided in one go.
        page_obj = page_of(stories, request.GET.get("page"), self.per_page, expect_readings)
        countries, years = self.facets()
        context.update(
            filters=filters,
            countries=countries,
            roles=MobilityRole.choices,
            years=[(year, year) for year in years],
            page_obj=page_obj,
            query_prefix=filters.query_prefix(),
            source_language=settings.LANGUAGE_CODE,
        )
        return context


class MobilityPage(BasePage):
    """One staff or trainer mobility: who went (by role), from where to where, when, what they
    learned and which library tools they tried back home."""

    intro = intro_field(_("Summary"))
    role = models.CharField(_("Participant's role"), max_length=20, choices=MobilityRole.choices)
    participant_name = models.CharField(
        _("Participant's name"),
        max_length=120,
        blank=True,
        help_text=_("Leave empty unless the participant agreed in writing to be named."),
    )
    sending_organisation = models.CharField(_("Sending organisation"), max_length=200)
    sending_country = models.CharField(_("Sending country"), max_length=2, choices=Country.choices)
    host_organisation = models.CharField(_("Host organisation"), max_length=200)
    host_country = models.CharField(_("Host country"), max_length=2, choices=Country.choices)
    start_date = models.DateField(_("From"))
    end_date = models.DateField(_("To"))
    learned = StreamField(BodyStreamBlock(), verbose_name=_("What was learned"), blank=True)
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
                FieldRowPanel([FieldPanel("role"), FieldPanel("participant_name")]),
                FieldRowPanel([FieldPanel("sending_organisation"), FieldPanel("sending_country")]),
                FieldRowPanel([FieldPanel("host_organisation"), FieldPanel("host_country")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Who, where and when"),
        ),
        FieldPanel("learned"),
        InlinePanel("tools", label=_("Library tools tried back home")),
        PageChooserPanel("work_package"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("learned"),
        index.SearchField("sending_organisation"),
        index.SearchField("host_organisation"),
        index.FilterField("start_date"),
        index.FilterField("role"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("role"),
        APIField("sending_organisation"),
        APIField("sending_country"),
        APIField("host_organisation"),
        APIField("host_country"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("work_package"),
        APIField("learned"),
    ]
    # Organisations are proper names, countries, dates and the role are facts: the same in every language.
    override_translatable_fields = [
        SynchronizedField("sending_organisation"),
        SynchronizedField("host_organisation"),
        SynchronizedField("participant_name"),
    ]

    parent_page_types = ["mobility.MobilityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Mobility story")

    @property
    def sending_country_name(self):
        return country_name(self.sending_country)

    @property
    def host_country_name(self):
        return country_name(self.host_country)

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The mobility cannot end before it starts.")})

    def tools_for_display(self):
        """The tools tried back home as [{"title", "url", "note"}], each in this page's language
        where the library has it (else the English entry), in two queries whatever their number."""
        tools = list(self.tools.select_related("resource").order_by("sort_order"))
        library = ResourceLibraryPage.for_locale(self.locale_id)
        keys = [tool.resource.translation_key for tool in tools]
        readable = (
            Resource.objects.in_library_of(locale_of(self)).filter(translation_key__in=keys) if keys else []
        )
        by_key = {item.translation_key: item for item in readable}
        shown = []
        for tool in tools:
            resource = by_key.get(tool.resource.translation_key)
            if resource is None:  # not live in the library: not linked
                continue
            url = library.resource_url(resource) if library else ""
            # An entry nobody translated yet reads in the source language: the link says so with lang.
            language = "" if resource.locale_id == self.locale_id else settings.LANGUAGE_CODE
            shown.append({"title": resource.title, "url": url, "note": tool.note, "language": language})
        return shown

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parent = self.get_parent().specific
        context.update(
            tools=self.tools_for_display(),
            work_package=localized_link(self, "work_package"),
            index_page=parent if isinstance(parent, MobilityIndexPage) else None,
        )
        return context


class MobilityTool(TranslatableMixin, Orderable):
    """A library tool a participant tried back home, with a translatable note on how it went."""

    page = ParentalKey(MobilityPage, on_delete=models.CASCADE, related_name="tools")
    resource = models.ForeignKey(
        "resources.Resource", verbose_name=_("Library resource"), on_delete=models.CASCADE, related_name="+"
    )
    note = models.CharField(_("How it was used"), max_length=300, blank=True)

    panels = [FieldPanel("resource"), FieldPanel("note")]
    # Linked through its translation key, so every language keeps the source's choice (as deliverables).
    override_translatable_fields = [SynchronizedField("resource", overridable=False)]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Tool tried back home")
        verbose_name_plural = _("Tools tried back home")
