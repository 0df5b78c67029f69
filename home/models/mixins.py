"""Abstract building blocks for the site's page types."""

from functools import cached_property

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class BasePage(Page):
    """A page with a social image, and honest about whether it is a translation.

    Untranslated pages exist in every locale as aliases of the English page (wagtail-localize's
    tree sync), so a visitor always reaches the content; the template marks it as the original.
    """

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Social image"),
        help_text=_("Shown when the page is shared on social media (1200×630 works best)."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]

    class Meta:
        abstract = True

    @property
    def is_untranslated_copy(self):
        """True where this locale shows another language's page because nobody translated it yet."""
        return self.alias_of_id is not None

    @cached_property
    def content_language(self):
        """The language the page's text is really written in."""
        if not self.is_untranslated_copy:
            return self.locale.language_code
        return (
            Page.objects.filter(pk=self.alias_of_id).values_list("locale__language_code", flat=True).first()
        ) or self.locale.language_code

    @property
    def meta_description(self):
        return self.search_description or getattr(self, "intro", "")
