"""The VET network directory: member organisations (translatable, moderated snippets) and the page
that lists them, filterable by country, type and city, with a map and a "join the network" form."""

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.locales import default_locale, locale_of
from core.moderation import ModeratedSnippet
from core.pages import IntroPage

# Imported with the models, so the page cache knows its parameters (core.listing) from the start.
from .filters import DirectoryFilters
from .places import CITIES_BY_KEY, CITY_CHOICES, COUNTRIES


class OrganisationType(models.TextChoices):
    VET_PROVIDER = "vet-provider", _("VET provider")
    EMPLOYERS = "employers", _("Employers' organisation")
    LABOUR_MARKET = "labour-market", _("Labour-market organisation")
    EMPLOYMENT_SERVICE = "employment-service", _("Public employment service")
    VET_AUTHORITY = "vet-authority", _("National VET body")
    CIVIL_SOCIETY = "civil-society", _("Civil-society organisation")


class NetworkMember(ModeratedSnippet, TranslatableMixin, index.Indexed, models.Model):
    """An organisation of the VET network in Albania or Montenegro.

    Applications through the public form arrive as unpublished entries (`live=False`) in the source
    language; an officer reviews and completes them, a coordinator publishes, translators translate.
    """

    name = models.CharField(_("Name"), max_length=200)
    organisation_type = models.CharField(_("Type"), max_length=30, choices=OrganisationType.choices)
    city = models.CharField(_("Town or city"), max_length=30, choices=CITY_CHOICES)
    services = models.TextField(_("Services offered"), max_length=1000)
    website = models.URLField(_("Website"), blank=True)
    contact_email = models.EmailField(
        _("Contact e-mail"), blank=True, help_text=_("Not shown on the site; the applicant's address.")
    )
    applied_at = models.DateTimeField(_("Applied"), null=True, blank=True, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation_type"),
        FieldPanel("city"),
        FieldPanel("services"),
        FieldPanel("website"),
        FieldPanel("contact_email"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("services"), index.FilterField("locale")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("services"),
        SynchronizedField("organisation_type"),
        SynchronizedField("city"),
        SynchronizedField("website"),
        SynchronizedField("contact_email"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Network member")
        verbose_name_plural = _("Network members")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def country(self):
        return CITIES_BY_KEY[self.city].country if self.city in CITIES_BY_KEY else ""

    def get_country_display(self):
        return COUNTRIES.get(self.country, "")


def members_for(locale):
    """Live members as a visitor of `locale` reads them: their translations, and the source entries
    nobody translated yet (shown in the source language). One query."""
    default = default_locale()
    translated = NetworkMember.objects.filter(locale=locale, live=True).values("translation_key")
    members = NetworkMember.objects.filter(live=True)
    if locale.pk != default.pk:
        members = members.filter(Q(locale=locale) | Q(locale=default) & ~Q(translation_key__in=translated))
    else:
        members = members.filter(locale=locale)
    return members.select_related("locale").order_by("name", "pk")


class NetworkDirectoryPage(RoutablePageMixin, IntroPage):
    """The directory: filters (GET), a map of the cities and the list; `join/` is the application form."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Network directory")

    def get_context(self, request, *args, **kwargs):
        from .places import HEIGHT, WIDTH, country_paths, map_dots

        context = super().get_context(request, *args, **kwargs)
        members = members_for(locale_of(self))
        filters = DirectoryFilters.from_query(request.GET)
        shown = list(filters.apply(members))
        counts = dict(
            filters.apply(members, city=False).values_list("city").annotate(n=Count("pk")).order_by()
        )
        context.update(
            filters=filters,
            members=shown,
            cities=[(key, label) for key, label in CITY_CHOICES if counts.get(key)],
            organisation_types=OrganisationType.choices,
            countries=list(COUNTRIES.items()),
            country_paths=country_paths(),
            map_width=WIDTH,
            map_height=HEIGHT,
            dots=map_dots(counts),
            source_language=settings.LANGUAGE_CODE,
        )
        return context

    @path("join/", name="join")
    def join(self, request):
        """Apply to join: stored as an unpublished entry for officers, confirmed to the applicant."""
        from .applications import handle_application

        response = handle_application(self, request)
        add_never_cache_headers(response)  # it carries this visitor's CSRF token (see contact.models)
        return response

    def render_join(self, request, form, status=200, done=False):
        context = super().get_context(request)  # the page alone: the form needs no directory
        context.update(form=form, done=done)
        return TemplateResponse(request, "network/join.html", context, status=status)
