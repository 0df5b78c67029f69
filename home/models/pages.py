"""The home page and the plain editorial page type."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.pages import BasePage
from home.blocks import BodyStreamBlock

from .snippets import Partner


class HomePage(BasePage):
    """The start page of one language: what VET-WEB is, and the way into the site's sections."""

    intro = models.TextField(_("Introduction"), blank=True, max_length=600)
    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = Partner.for_locale(self.locale)
        return context


class StandardPage(BasePage):
    """A plain page: about the project, the accessibility statement, the privacy notice."""

    intro = models.TextField(_("Introduction"), blank=True, max_length=600)
    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("Standard page")
