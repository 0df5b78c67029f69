"""What an event page holds besides its own fields: documents and slides, news about it, and
after the event its report's photos and participants by country.

Each is a `TranslatableMixin, Orderable` inline (I18N.md): text is translated with the page,
images, documents, countries and counts are copied from the English page.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from core.countries import Country, country_name


class EventDocument(TranslatableMixin, Orderable):
    """A document of an event (programme, report, slides); translations may swap in their own file."""

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("Document"), on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(
        _("Label"), max_length=200, blank=True, help_text=_("Defaults to the document title.")
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Event document")
        verbose_name_plural = _("Event documents")

    @property
    def display_label(self):
        return self.label or self.document.title


class EventNewsLink(TranslatableMixin, Orderable):
    """A news page reporting on an event, listed among the event's outputs."""

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="news_links")
    news = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("News page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("news")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("News link")
        verbose_name_plural = _("News links")


class EventPhoto(TranslatableMixin, Orderable):
    """A photo in the event's report. Its alt text is the image's own description unless the editor
    writes one for this use; the alt text and caption are translated with the page."""

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("Image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("Alternative text"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the photo shows, for people who cannot see it. Defaults to the image's description."
        ),
    )
    caption = models.CharField(_("Caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]
    override_translatable_fields = [SynchronizedField("image", overridable=False)]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Photo")
        verbose_name_plural = _("Photos")

    @property
    def alt(self):
        return self.alt_text or self.image.default_alt_text


class EventParticipants(TranslatableMixin, Orderable):
    """How many people from one country took part: the report's table and the results page's counts."""

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="participants")
    country = models.CharField(_("Country"), max_length=2, choices=Country.choices)
    count = models.PositiveIntegerField(_("Participants"))

    panels = [FieldRowPanel([FieldPanel("country"), FieldPanel("count")])]
    # Figures are the same in every language: a translator cannot change them.
    override_translatable_fields = [
        SynchronizedField("country", overridable=False),
        SynchronizedField("count", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Participants from a country")
        verbose_name_plural = _("Participants by country")

    @property
    def country_name(self):
        return country_name(self.country)
