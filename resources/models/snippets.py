"""The library's content: EU frameworks and the resources (tools, guides, ...) trainers download."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable, PreviewableMixin, TranslatableMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import built_once
from core.folding import fold_for_index
from core.locales import default_locale, locale_of
from core.moderation import ModeratedSnippet
from core.request_memo import remembered
from core.translation_state import not_translated
from resources.choices import AUDIENCES, EQF_LEVELS, FILE_LANGUAGES, RESOURCE_TYPES
from resources.fields import ChoiceListField
from resources.panels import FileLanguagesPanel

from .files import language_order

MAX_SEARCH_RESULTS = 1000


def labels_for(keys, options):
    labels = dict(options)
    return [labels[key] for key in keys if key in labels]


class Framework(ModeratedSnippet, TranslatableMixin, index.Indexed, ClusterableModel):
    """An EU framework or instrument (EQF, ECVET, ...); resources are filed under one or more."""

    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    slug = models.SlugField(
        _("slug"), max_length=60, help_text=_("Language-neutral key used in filter URLs, e.g. eqavet.")
    )
    description = models.TextField(_("short description"), blank=True, max_length=600)
    official_url = models.URLField(_("official EU page"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("official_url"),
        FieldPanel("logo"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("acronym"),
        TranslatableField("description"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("official_url"),
        SynchronizedField("logo"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("acronym", boost=2),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("framework")
        verbose_name_plural = _("frameworks")
        ordering = ["acronym", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_framework_slug_per_locale"),
        ]

    def __str__(self):
        return f"{self.acronym} – {self.name}" if self.acronym else self.name

    @property
    def label(self):
        return self.acronym or self.name


class ResourceTag(TaggedItemBase):
    content_object = ParentalKey("resources.Resource", related_name="tagged_items", on_delete=models.CASCADE)


# Above this many translated entries, in_library_of lets the database find them (query parameters
# are bounded: SQLite allows 32,766 per statement).
MAX_LISTED_IDS = 5_000


class ResourceQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def in_library_of(self, locale):
        """What a visitor of `locale` finds: its translations, plus source-language resources nobody
        translated into it yet (shown in the source language with a notice). Live versions only (drafts
        and changes awaiting approval stay in the admin); one query, any size."""
        source = default_locale()
        if locale.pk == source.pk:
            return self.filter(locale=locale, live=True)
        listed = translated_entries(locale)
        if listed is None:  # a very large translated library: let the database join
            translated_here = _translated_entries(locale.pk)
            return self.in_library_listed(
                source.pk, translated_here.values("pk"), translated_here.values("translation_key")
            )
        return self.in_library_listed(source.pk, *listed)

    def in_library_listed(self, source_id, pks, keys):
        """The library of a language whose translated entries are `pks` (with translation keys
        `keys`): those, and the source language's entries not translated into it."""
        return self.filter(live=True).filter(
            Q(pk__in=pks) | Q(locale_id=source_id) & ~Q(translation_key__in=keys)
        )

    def for_work_package(self, page):
        """Resources of a work package, as readers of the page's language find them in the library."""
        return self.in_library_of(locale_of(page)).filter(work_package__translation_key=page.translation_key)

    def found_in_library(self, words, locale, *, every_word=False):
        """search.engine.Found: the entries of `locale`'s library (in_library_of) having the
        analysed `words` (search.engine.analyse), best first; the site search owns the engine."""
        from search.engine import find

        locales = {locale.pk, default_locale().pk}
        return find(words, [Resource], locales, Resource.objects.in_library_of(locale), every_word=every_word)

    def ranked_ids(self, query, locale):
        """Primary keys of the entries of `locale`'s library matching `query`, in any word order and
        word form, best first: for the library's search box, its offline pack and the API."""
        return self.found_for_query(query, locale).ids

    def found_for_query(self, query, locale):
        """search.engine.Found of `query` in `locale`'s library: the ids best first, and how many of
        the query's words each has (the library says when none has them all)."""
        from search.engine import analyse, with_word_starts

        words = with_word_starts(analyse(query, locale.language_code), {locale.pk, default_locale().pk})
        return self.found_in_library(words, locale)

    def search_ids(self, query, locale, limit=MAX_SEARCH_RESULTS):
        return self.ranked_ids(query, locale)[:limit]

    def search_in_language(self, query, locale, limit=MAX_SEARCH_RESULTS):
        """Resources matching `query` that a visitor of `locale` can read, best first (for site search)."""
        ids = self.search_ids(query, locale, limit)
        found = self.filter(pk__in=ids).select_related("locale").in_bulk()
        return [found[pk] for pk in ids if pk in found]


def fetch_from_library(build, locale, *values, shape=(), library=None, listing=False):
    """The rows of `build(locale_id, source_id, *shape, *values, *translated, library=None)`, a
    query on `locale`'s library (what Resource.objects.in_library_of(locale) lists; build it with
    `library_of(locale_id, source_id, arguments, library)`), its SQL built once per process
    (core.built_once) with the language's translated entries among its values. The usual query
    for a library too large to list them, or on `library` when one is given (a search's finds).
    With `listing`, a built_once.Listing (or the usual queryset) for Django's Paginator."""
    source_id = default_locale().pk
    # No entries to list for the source language's library; None for one too large to list.
    translated = () if locale.pk == source_id else translated_entries(locale)
    if library is not None or translated is None:
        library = Resource.objects.in_library_of(locale) if library is None else library
        found = build(locale.pk, source_id, *shape, *values, library=library)
        return found if listing else list(found)
    kept = built_once.Listing if listing else built_once.fetch
    return kept(build, *values, *translated, shape=(locale.pk, source_id, *shape))


def library_of(locale_id, source_id, arguments, library=None):
    """(the library, the other arguments) for a `build` of fetch_from_library: `arguments` end with
    the translated entries' pks and keys, except in the source language."""
    if library is not None:
        return library, arguments
    if locale_id == source_id:
        return Resource.objects.filter(locale_id=locale_id, live=True), arguments
    return Resource.objects.in_library_listed(source_id, *arguments[-2:]), arguments[:-2]


def translated_entries(locale):
    """([pk], [translation key]) of the live entries that really read in `locale`, asked once per
    request (the list, its facets and its pack all ask); None above MAX_LISTED_IDS. A copy sent for
    translation with nothing translated yet reads in English: the English original stands in for
    it (core/translation_state.py)."""
    translated = remembered(
        ("library-translated", locale.pk), lambda: built_once.fetch(_translated_entries, locale.pk)
    )
    if len(translated) > MAX_LISTED_IDS:
        return None
    return ([pk for pk, _key in translated], [key for _pk, key in translated])


def _translated_entries(locale_id):
    """(pk, translation key) of the live entries of a language that really read in it."""
    return (
        Resource.objects.filter(locale_id=locale_id, live=True)
        .exclude(not_translated(Resource))
        .values_list("pk", "translation_key")
    )


class Resource(ModeratedSnippet, PreviewableMixin, TranslatableMixin, index.Indexed, ClusterableModel):
    """A tool, guide or template in the library; each translation may point to its own file."""

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(
        _("slug"), max_length=120, help_text=_("The same in every language: /resources/<slug>/.")
    )
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences shown in lists.")
    )
    description = models.TextField(_("description"), blank=True)
    resource_type = models.CharField(_("resource type"), max_length=30, choices=RESOURCE_TYPES)
    audiences = ChoiceListField(_("target audience"), options=AUDIENCES)
    eqf_levels = ChoiceListField(_("EQF levels"), options=EQF_LEVELS, max_length=40)
    thumbnail = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("thumbnail"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    publication_year = models.PositiveSmallIntegerField(_("publication year"), null=True, blank=True)
    licence = models.CharField(_("licence"), max_length=100, blank=True)
    work_package = models.ForeignKey(
        "home.WorkPackagePage",
        verbose_name=_("related work package"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("added"), auto_now_add=True)
    tags = ClusterTaggableManager(through=ResourceTag, blank=True, verbose_name=_("tags"))

    objects = ResourceQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("description"),
        InlinePanel("framework_links", label=_("Frameworks")),
        MultiFieldPanel(
            [FieldPanel("resource_type"), FieldPanel("audiences"), FieldPanel("eqf_levels")],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [FileLanguagesPanel(), InlinePanel("files", label=_("File in one language"))],
            heading=_("Files, one per language"),
        ),
        FieldPanel("thumbnail"),
        MultiFieldPanel(
            [FieldPanel("publisher"), FieldPanel("publication_year"), FieldPanel("licence")],
            heading=_("Publication"),
        ),
        PageChooserPanel("work_package"),
        FieldPanel("tags"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("publisher"),
        TranslatableField("framework_links"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("resource_type", overridable=False),
        SynchronizedField("audiences", overridable=False),
        SynchronizedField("eqf_levels", overridable=False),
        # One set of files for every translation, copied on each sync (resources/models/files.py).
        SynchronizedField("files", overridable=False),
        SynchronizedField("thumbnail"),
        SynchronizedField("publication_year", overridable=False),
        SynchronizedField("licence", overridable=False),
        SynchronizedField("work_package", overridable=False),
        SynchronizedField("tags", overridable=False),
    ]
    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("folded_text"),
        index.AutocompleteField("folded_text"),  # word starts: "cilesi" finds "cilësisë"
        index.AutocompleteField("title"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.FilterField("locale"),
        index.FilterField("resource_type"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        ordering = ["title"]
        # A language's entries are read through this index alone: counting them (the Languages
        # page) and listing them for the library's queries (in_library_of).
        # The newest of a language's entries (its library feed, the English library in its
        # default order) are read newest first from the second, and the reading stops at the
        # feed's or the page's length: at 10,000 entries the feed's query took 43 ms, now 0.4.
        indexes = [
            models.Index(fields=["locale", "live"], name="resources_by_language_live"),
            models.Index(fields=["locale", "created_at"], name="resources_newest_by_language"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_resource_slug_per_locale"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # Tags are written after post_save, so the automatic index update misses them (I18N.md trap 3).
        # A partial save (a draft revision) must not index the unpublished values held in memory.
        if kwargs.get("update_fields") is None:
            index.insert_or_update_object(self)

    def get_preview_template(self, request, mode_name):
        return "resources/resource_detail.html"

    def get_preview_context(self, request, mode_name):
        """The detail page as visitors will see it once published, inside this language's library."""
        from resources.models.pages import ResourceLibraryPage  # pages import these models

        library = ResourceLibraryPage.for_locale(self.locale) or ResourceLibraryPage.for_locale(
            default_locale()
        )
        return {
            "page": library,
            "self": library,
            "library_url": library.url if library else "",
            "resource": self,
            "resource_url": request.build_absolute_uri(request.path),
        }

    def folded_text(self):
        """Title, summary, description, tags and frameworks without diacritics, for accent-free queries."""
        frameworks = [
            f"{link.framework.acronym} {link.framework.name}" for link in self.framework_links.all()
        ]
        tags = [tag.name for tag in self.tags.all()]
        parts = [self.title, self.summary, self.description, self.publisher, *frameworks, *tags]
        return fold_for_index(" ".join(part for part in parts if part))

    @property
    def audience_labels(self):
        return labels_for(self.audiences, AUDIENCES)

    @property
    def attached_files(self):
        """The files attached to this entry, one per language, in the site's language order."""
        return sorted(self.files.all(), key=lambda item: language_order(item.language))

    @property
    def file_languages(self):
        """The language codes its file really exists in (what is attached, nothing declared)."""
        return [item.language for item in self.attached_files]

    @property
    def file_language_labels(self):
        return labels_for(self.file_languages, FILE_LANGUAGES)

    def file_in(self, language_code):
        """The file in `language_code`, or None."""
        return next((item for item in self.attached_files if item.language == language_code), None)

    def file_for(self, language_code):
        """The file a reader of `language_code` gets: theirs, else the source language's, else the first."""
        return (
            self.file_in(language_code)
            or self.file_in(settings.LANGUAGE_CODE)
            or next(iter(self.attached_files), None)
        )


class ResourceFramework(TranslatableMixin, Orderable):
    """Files a resource under a framework; translated along with the resource, pointing at the
    framework's translation in the same language."""

    resource = ParentalKey(Resource, related_name="framework_links", on_delete=models.CASCADE)
    framework = models.ForeignKey(
        Framework, verbose_name=_("framework"), related_name="resource_links", on_delete=models.CASCADE
    )

    panels = [FieldPanel("framework")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("framework link")
        # Links made outside the admin (the demo, an import) have no sort order: without the key
        # as the last word, PostgreSQL may list a resource's frameworks in another order on
        # another day (after a restore, the library's cards differed).
        ordering = ["sort_order", "pk"]
