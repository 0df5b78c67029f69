"""Work packages: what the project does, who leads each part, and what it has delivered so far."""

from rest_framework.fields import CharField

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import built_once
from core.locales import localized_link
from core.pages import BasePage, IntroPage, intro_field
from core.translation_state import expect_readings
from home.blocks import BodyStreamBlock

from .news import NewsPage

# Other apps' pages with a `work_package` FK to WorkPackagePage: {context name: model label}.
# Named by label, not imported: those apps build on home, so importing them back would be a circle.
LINKED_PAGES = {"events": "events.EventPage", "mobilities": "mobility.MobilityPage"}
LINKED_ITEMS_LIMIT = 20


def _work_packages_under(path, depth):
    """Live work packages at `depth` under the page at `path`, in number order, with their
    deliverable counts and lead partner."""
    done = Count("deliverables", filter=Q(deliverables__status=Deliverable.Status.DONE))
    return (
        WorkPackagePage.objects.filter(path__startswith=path, depth=depth)
        .live()
        .public()
        .select_related("lead_partner", "locale", "alias_of__locale")
        .annotate(deliverables_total=Count("deliverables"), deliverables_done=done)
        .order_by("number", "pk")
    )


def _linked_news(locale_id, translation_key):
    """News in a language linked to any language version of a work package (by translation key)."""
    return (
        NewsPage.objects.live()
        .public()
        .filter(locale_id=locale_id, related_work_package__translation_key=translation_key)
        .select_related("locale", "alias_of__locale")
        .order_by("-date", "-pk")[:LINKED_ITEMS_LIMIT]
    )


def _linked_pages(model, locale_id, translation_key):
    """Live pages of `model` in a language linked to any language version of a work package."""
    pages = model.objects.live().public()
    return pages.filter(locale_id=locale_id, work_package__translation_key=translation_key)[
        :LINKED_ITEMS_LIMIT
    ]


class WorkPackageIndexPage(IntroPage):
    """The list of work packages, each with its status and progress (deliverables done / total)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.WorkPackagePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Work package index")

    def listed(self):
        """Live work packages in number order, with their deliverable counts and lead partner (the
        query's SQL built once per process: core.built_once)."""
        work_packages = built_once.fetch(_work_packages_under, self.path, self.depth + 1)
        expect_readings(work_packages)  # which read in English: with the page's other readings
        return work_packages

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["work_packages"] = self.listed()
        return context


class WorkPackagePage(BasePage):
    """One work package: objectives, activities, deliverables, and the news, events and
    resources linked to it, which appear here automatically."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        RUNNING = "running", _("Running")
        COMPLETED = "completed", _("Completed")

    number = models.PositiveSmallIntegerField(_("Number"), help_text=_("1 for WP1, 2 for WP2, …"))
    intro = intro_field(_("Summary"))
    lead_partner = models.ForeignKey(
        "home.Partner",
        verbose_name=_("Lead partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="work_packages_led",
    )
    start_date = models.DateField(_("Start date"), null=True, blank=True)
    end_date = models.DateField(_("End date"), null=True, blank=True)
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices, default=Status.PLANNED)
    objectives = StreamField(BodyStreamBlock(), verbose_name=_("Objectives"), blank=True)
    activities = StreamField(BodyStreamBlock(), verbose_name=_("Activities"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("number"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("lead_partner"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("status"),
            ],
            heading=_("Who and when"),
        ),
        FieldPanel("objectives"),
        FieldPanel("activities"),
        InlinePanel("deliverables", label=_("Deliverables")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("objectives"),
        index.SearchField("activities"),
        index.FilterField("number"),
    ]
    api_fields = [
        APIField("number"),
        APIField("code"),
        APIField("intro"),
        APIField("status"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("lead_partner_name", serializer=CharField(source="lead_partner.name", default=None)),
        APIField("deliverables"),
        APIField("objectives"),
        APIField("activities"),
    ]

    parent_page_types = ["home.WorkPackageIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Work package")

    @property
    def code(self):
        return f"WP{self.number}"

    @property
    def filter_key(self):
        """The value of ?work_package= that selects this work package's news."""
        return f"wp{self.number}"

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    def linked_items(self):
        """{"news": [...], "events": [...], "resources": [...]}: everything that reports on this
        work package, in this page's language; one query per kind, whatever the number of items
        (each query's SQL built once per process: core.built_once)."""
        key = (self.locale_id, self.translation_key)
        items = {"news": built_once.fetch(_linked_news, *key)}
        for name, model_label in LINKED_PAGES.items():
            items[name] = built_once.fetch(_linked_pages, *key, shape=(apps.get_model(model_label),))
        for pages in items.values():
            expect_readings(pages)  # which read in English: with the page's other readings
        items["resources"] = self._linked_resources()
        return items

    @cached_property
    def library_page(self):
        """The resource library in this page's language."""
        return apps.get_model("resources.ResourceLibraryPage").for_locale(self.locale_id)

    def _linked_resources(self):
        """Library entries of this work package readable in this language, with their detail URLs."""
        library = self.library_page
        if library is None:
            return []
        return [
            {"title": resource.title, "url": library.resource_url(resource)}
            for resource in apps.get_model("resources.Resource").objects.for_work_package(self)[
                :LINKED_ITEMS_LIMIT
            ]
        ]

    def pack_offer(self, request):
        """This work package's library entries as one offline pack, with its size (the library's
        pack route builds it)."""
        library = self.library_page
        if library is None:
            return {}
        return library.pack_offer(request, library.pack_view(None, self.slug))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        deliverables = list(self.deliverables.select_related("document", "resource"))
        library = self.library_page
        for deliverable in deliverables:
            deliverable.href = deliverable.url_in(library)
        context["deliverables"] = deliverables
        context["deliverables_done"] = sum(item.status == Deliverable.Status.DONE for item in deliverables)
        context["linked"] = self.linked_items()
        context["pack"] = self.pack_offer(request)
        context["lead_partner"] = localized_link(self, "lead_partner")
        return context


class Deliverable(TranslatableMixin, Orderable):
    """A deliverable of a work package: its title, due date, status and where to read it."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Delivered")

    page = ParentalKey(WorkPackagePage, on_delete=models.CASCADE, related_name="deliverables")
    title = models.CharField(_("Title"), max_length=255)
    due_date = models.DateField(_("Due date"), null=True, blank=True)
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices, default=Status.PLANNED)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    resource = models.ForeignKey(
        "resources.Resource",
        verbose_name=_("Library resource"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("When the deliverable is in the library: visitors get its page in their language."),
    )
    link = models.URLField(
        _("Link"),
        blank=True,
        help_text=_("Where the deliverable can be read, if it is not an uploaded document."),
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("due_date"), FieldPanel("status")]),
        FieldPanel("resource"),
        FieldPanel("document"),
        FieldPanel("link"),
    ]
    # The resource is linked through its slug, the same in every language, so every translation
    # keeps the source's choice (wagtail-localize would otherwise demand a translated resource).
    override_translatable_fields = [SynchronizedField("resource", overridable=False)]

    api_fields = [APIField("title"), APIField("due_date"), APIField("status"), APIField("link")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Deliverable")
        verbose_name_plural = _("Deliverables")

    def __str__(self):
        return self.title

    def url_in(self, library):
        """Where visitors read it: the resource's page in `library`, else the document or link."""
        if self.resource_id and library is not None:
            return library.resource_url(self.resource)
        return self.document.url if self.document_id else self.link
