"""Site-wide translatable snippets: the project's partners and the labels of news topics."""

from django.db import models
from django.db.models import Case, IntegerField, Prefetch, Value, When
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import built_once
from core.locales import active_and_default_locales, preferred_translations
from core.moderation import ModeratedSnippet

LOGO_RENDITION = "max-160x80|format-webp"


def _partners_in(locale_ids):
    """Live partners in these locales, lead partner first, associated partners last."""
    role_order = Case(
        When(role=Partner.Role.LEAD, then=Value(0)),
        When(role=Partner.Role.PARTNER, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return (
        Partner.objects.filter(locale__in=locale_ids, live=True)
        .select_related("locale")
        .prefetch_related(
            Prefetch("logo", queryset=get_image_model().objects.prefetch_renditions(LOGO_RENDITION))
        )
        .order_by(role_order, "name")
    )


class Partner(ModeratedSnippet, TranslatableMixin, index.Indexed, models.Model):
    """An organisation in the VET-WEB partnership, shown on the home page and on the work packages it leads."""

    class Country(models.TextChoices):
        ALBANIA = "AL", _("Albania")
        BELGIUM = "BE", _("Belgium")
        ITALY = "IT", _("Italy")
        MONTENEGRO = "ME", _("Montenegro")
        SPAIN = "ES", _("Spain")

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead partner")
        PARTNER = "partner", _("Partner")
        ASSOCIATED = "associated", _("Associated partner")

    name = models.CharField(_("Name"), max_length=200)
    short_name = models.CharField(
        _("Short name"),
        max_length=40,
        blank=True,
        help_text=_("An acronym such as IAL FVG, if the partner uses one."),
    )
    country = models.CharField(_("Country"), max_length=2, choices=Country.choices)
    role = models.CharField(_("Type"), max_length=20, choices=Role.choices, default=Role.PARTNER)
    website = models.URLField(_("Website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("country"),
        FieldPanel("role"),
        FieldPanel("website"),
        FieldPanel("logo"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("short_name"), index.FilterField("locale")]
    # The name is translated where a partner has an official name in the language (CSO's, for one);
    # everything else is the same in every language.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("short_name"),
        SynchronizedField("country"),
        SynchronizedField("role"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Partner")
        verbose_name_plural = _("Partners")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @classmethod
    def for_locale(cls, locale=None):
        """Every partner once, in `locale` where translated, else in the default language.

        Lead partner first, associated partners last; two queries whatever the number of partners.
        """
        active, default = active_and_default_locales()
        locale = locale or active
        # The query's SQL is built once per process (core.built_once).
        partners = built_once.fetch(_partners_in, sorted({locale.pk, default.pk}))
        return preferred_translations(partners, locale)


class Topic(ModeratedSnippet, TranslatableMixin, models.Model):
    """The label of a news tag in each language: tags stay language-neutral keys (I18N.md)."""

    slug = models.SlugField(
        _("Tag"), max_length=100, help_text=_("The tag key used on news pages, e.g. mobility or eqavet.")
    )
    name = models.CharField(_("Label"), max_length=100)

    panels = [FieldPanel("slug"), FieldPanel("name")]
    translatable_fields = [SynchronizedField("slug"), TranslatableField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Topic")
        verbose_name_plural = _("Topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    @classmethod
    def labels(cls, locale=None):
        """{tag slug: label} in `locale`, falling back to the default language; one query, kept per
        content generation (news lists, pages and feeds all label their topics)."""
        active, default = active_and_default_locales()
        locale = locale or active

        topics = cls.objects.filter(locale__in={locale.pk, default.pk}, live=True).only(
            "slug", "name", "locale"
        )
        labels = {}
        for topic in topics:
            if topic.slug not in labels or topic.locale_id == locale.pk:
                labels[topic.slug] = topic.name
        return labels
