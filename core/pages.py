"""Abstract building blocks for the site's page types."""

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Exists, OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index

from core import built_once
from core.folding import fold_for_index
from core.request_memo import remembered

FOLDED_FIELD = "folded_search_text"


def is_private():
    """True for a page in a private section (under a page with a view restriction), as an
    expression: listings and a page's route ask it in their own query (Wagtail asks the database
    for the restrictions first, on every listing)."""
    # Driven from the restrictions (a handful of rows), each page's path read by its key: a join
    # of the restrictions with the page table let PostgreSQL, with stale statistics after a bulk
    # import, scan every page once per page listed (20,000 pages: minutes per query).
    restricted_path = Page.objects.filter(pk=OuterRef("page_id")).order_by().values("path")[:1]
    restricted_above = PageViewRestriction.objects.annotate(restricted_path=Subquery(restricted_path)).filter(
        restricted_path=Substr(OuterRef("path"), 1, Length("restricted_path"))
    )
    return Exists(restricted_above)


class PublicPageQuerySet(PageQuerySet):
    """Wagtail's page queryset, which pages are private asked in its own query."""

    def private_q(self):
        return models.Q(is_private())


def public(queryset):
    """`queryset.public()` for any page queryset (Page.objects, get_children()), without a query."""
    return queryset.exclude(is_private())


def children_to_count(model, path, depth, *, fields):
    """The live, public pages of `model` at `depth` under the page at `path`, as a listing counts
    them: by the range of their paths (treebeard's get_children), which the index
    core_page_children holds with each page's depth, liveness and type, so the database counts from
    the index. Without `fields` (no condition on the model's own fields) the model's table is not
    joined. A listing itself keeps `path__startswith`: with the range, SQLite read the listing in
    path order and sorted every item to show ten (figures in docs/performance.md)."""
    pages = (
        model.objects
        if fields
        else Page.objects.filter(
            content_type__app_label=model._meta.app_label, content_type__model=model._meta.model_name
        )
    )
    children = Page._get_children_path_interval(path)  # treebeard's own, as get_children uses it
    return public(pages.filter(depth=depth, path__range=children).live())


HOME_DEPTH = 2  # each language's home page; its children are the sections: news, events, the library...


def top_pages():
    """The live, public home page and sections of the visitor's language, as their own types with
    only the page fields loaded: read in one query once per request (the menu, the footer and the
    pages that link into a section all ask; a page's route reads them with it: core.page_routing)."""
    from core.locales import active_locale

    def pages():
        found = built_once.fetch(_top_pages, active_locale().pk)
        return [page.specific_deferred for page in found]

    return remembered(("top-pages", active_locale().pk), pages)


def _top_pages(locale_id):
    """The live public home page and sections of a language (its SQL built once: core.built_once)."""
    # depth <= 3 as well: the index of the tree's top (core_page_top) is read only for a query
    # that says so; without it the database read every page of the language.
    found = Page.objects.live().filter(
        locale_id=locale_id, depth__in=(HOME_DEPTH, HOME_DEPTH + 1), depth__lte=HOME_DEPTH + 1
    )
    return public(found).order_by("path")


def remember_top_pages(pages):
    """Take these live public pages (the home page and sections of the active language, by path)
    as this request's top pages, so `top_pages()` asks the database nothing."""
    from core.locales import active_locale

    remembered(("top-pages", active_locale().pk), lambda: [page.specific_deferred for page in pages])


def home_page():
    """The live home page of the visitor's language, or None."""
    return next((page for page in top_pages() if page.depth == HOME_DEPTH), None)


def section_page(model):
    """The live, public section page of `model` (the news index, the library...) in the visitor's
    language, or None."""
    return next((page for page in top_pages() if page.depth > HOME_DEPTH and type(page) is model), None)


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

    objects = PageManager.from_queryset(PublicPageQuerySet)()

    # Subclasses extend these, so every page type indexes a diacritic-free copy of its text
    # (see core/folding.py) and can be filtered to real translations (not alias copies).
    search_fields = [
        *Page.search_fields,
        index.SearchField(FOLDED_FIELD),
        # Word starts too: "cilesi" finds "cilësisë" (Albanian and Montenegrin words inflect).
        index.AutocompleteField(FOLDED_FIELD),
        index.FilterField("alias_of"),
    ]

    class Meta:
        abstract = True

    @property
    def reading(self):
        """What a visitor reads here: translated, partly or not yet (see core/translation_state.py)."""
        from core.translation_state import reading_of

        return reading_of(self)

    @property
    def is_untranslated_copy(self):
        """True where this locale shows the original text because nobody translated it yet
        (an alias of the English page, or sent for translation with nothing translated)."""
        return not self.reading.is_translation

    @property
    def content_language(self):
        """The language the page's text is really written in."""
        return self.reading.language

    def get_view_restrictions(self):
        """Wagtail's, without its query for a page its route found public (core.page_routing)."""
        if getattr(self, "in_private_section", None) is False:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @property
    def meta_description(self):
        return self.search_description or getattr(self, "intro", "")

    def search_plain_text(self, *, related=True):
        """The page's searchable text as readers see it: title, intro, body blocks and, unless
        `related` is False (result summaries: no query per result), tag and other related names."""
        parts = []
        for field in self.search_fields:
            if field.field_name == FOLDED_FIELD:
                continue
            if isinstance(field, index.SearchField):
                parts.extend(_searchable_content(self, field.field_name))
            elif related and isinstance(field, index.RelatedFields):
                related = getattr(self, field.field_name, None)
                items = related.all() if hasattr(related, "all") else [related] if related else []
                parts.extend(str(item) for item in items)
        return " ".join(part for part in parts if part)

    def folded_search_text(self):
        """The same text folded like queries are (cilësi → cilesi), so typing without diacritics finds it."""
        return fold_for_index(self.search_plain_text())


def _searchable_content(instance, field_name):
    try:
        model_field = instance._meta.get_field(field_name)
    except FieldDoesNotExist:
        model_field = None
    value = getattr(instance, field_name, None)
    if callable(value):
        value = value()
    if value is None:
        return []
    if hasattr(model_field, "get_searchable_content"):
        return [str(text) for text in model_field.get_searchable_content(value)]
    return [str(value)]


def intro_field(label=None):
    """The short text under a page's title, which listings, feeds, search and the meta description
    read too; a detail page calls it its summary."""
    return models.TextField(label or _("Introduction"), blank=True, max_length=600)


class IntroPage(BasePage):
    """A page that opens with an introduction: the field, its panel and its search entry, once."""

    intro = intro_field()

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True
