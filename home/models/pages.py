"""The home page and the plain editorial page type."""

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.images import make_renditions
from core.locales import active_locale, locale_of
from core.pages import BasePage, IntroPage, section_page
from core.translation_state import expect_readings
from home.blocks import BodyStreamBlock

from .news import NewsIndexPage
from .snippets import LOGO_RENDITION, Partner
from .work_packages import WorkPackageIndexPage


class HomePage(IntroPage):
    """The start page of one language: what VET-WEB is, and the way into the site's sections."""

    headline = models.CharField(
        _("Headline"),
        max_length=160,
        blank=True,
        help_text=_("What VET-WEB offers, in one sentence: the page's main heading."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("headline"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("headline"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    latest_news_count = 3

    class Meta:
        verbose_name = _("Home page")

    @property
    def heading(self):
        return self.headline or self.title

    def section(self, model):
        """This home page's live section of `model` (the language's sections are read at once)."""
        if self.locale_id == active_locale().pk:
            return section_page(model)
        return model.objects.child_of(self).live().first()

    def latest_news(self):
        """The news index of this language and its newest items, for the front door (bounded)."""
        index_page = self.section(NewsIndexPage)
        return (index_page, index_page.newest(self.latest_news_count)) if index_page else (None, [])

    def work_package_progress(self):
        index_page = self.section(WorkPackageIndexPage)
        return (index_page, index_page.listed()) if index_page else (None, [])

    def section_news(self, label, limit=3):
        """(section page, its newest items) of a section that offers them to the home page (its
        `front_door(limit)`: the next events, the latest mobility stories), named by model label
        (home builds on none of those apps)."""
        index_page = self.section(apps.get_model(label))
        return (index_page, index_page.front_door(limit)) if index_page else (None, [])

    def partners_with_logos(self):
        """The partners, each logo's rendition fetched with them."""
        partners = Partner.for_locale(locale_of(self))
        for partner in partners:
            if partner.logo:
                make_renditions(partner.logo, LOGO_RENDITION)
        return partners

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news_index, latest_news = self.latest_news()
        work_package_index, work_packages = self.work_package_progress()
        event_index, events = self.section_news("events.EventIndexPage")
        mobility_index, stories = self.section_news("mobility.MobilityIndexPage")
        # Which cards read in English: decided with the language switcher's readings, in one go.
        expect_readings([*latest_news, *work_packages, *events, *stories])
        context.update(
            event_index=event_index,
            upcoming_events=events,
            mobility_index=mobility_index,
            latest_stories=stories,
            partners=self.partners_with_logos(),
            news_index=news_index,
            latest_news=latest_news,
            source_language=settings.LANGUAGE_CODE,
            work_package_index=work_package_index,
            work_packages=work_packages,
        )
        return context


class StandardPage(IntroPage):
    """A plain page: about the project, the accessibility statement, the privacy notice."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"), blank=True)

    content_panels = [*IntroPage.content_panels, FieldPanel("body")]
    search_fields = [*IntroPage.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("Standard page")
