"""The public library page: listing with facets, and routes for each resource and its download."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Prefetch, Q
from django.http import Http404, QueryDict
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale

from core import built_once
from core.language_links import LanguageLink, language_name
from core.locales import active_locale, language_order, locale_of
from core.pages import IntroPage, section_page
from core.translation_state import PARTLY_TRANSLATED, not_translated, reading_of, readings
from resources.facets import topic_label
from resources.filters import LibraryFilters
from resources.library import active_filters, framework_counts, framework_options, search_library
from visitors.counting import counts_once_today

from .downloads import ResourceDownload
from .files import ResourceFile
from .snippets import Resource, ResourceFramework, ResourceTag, fetch_from_library, library_of

RELATED_COUNT = 4


@dataclass(frozen=True)
class FrameworkShortcut:
    label: str
    url: str
    count: int


def _languages_read_in(translation_key):
    """The languages an entry (by translation key) really reads in."""
    return (
        Resource.objects.filter(translation_key=translation_key, live=True)
        .exclude(not_translated(Resource))
        .values_list("locale__language_code")
    )


def _live_versions(model, translation_key):
    """The live versions of a page in every language (its get_translations(inclusive=True).live())."""
    return model.objects.filter(translation_key=translation_key).live().select_related("locale")


def _frameworks_used(locale_id, source_id, *arguments, library=None):
    """(slug, entries, label in the language) of each framework used in a language's library
    (`arguments`: library_of's)."""
    library, _none = library_of(locale_id, source_id, arguments, library)
    return framework_counts(library, Locale(pk=locale_id))


def _entry_named(locale_id, source_id, *arguments, library=None):
    """The library entry with a slug (`arguments`: the slug, then library_of's), this language's
    first: at most two rows (this language's and the source's), found through the (slug, locale)
    index, as in_library_of() would show."""
    library, (slug,) = library_of(locale_id, source_id, arguments, library)
    return (
        library.filter(slug=slug)
        .select_related("locale", "thumbnail")
        .prefetch_related(
            Prefetch("framework_links", queryset=ResourceFramework.objects.select_related("framework")),
            Prefetch(
                "tagged_items",
                queryset=ResourceTag.objects.select_related("tag").annotate(
                    label=topic_label("tag__name", locale_id)
                ),
            ),
            Prefetch("files", queryset=ResourceFile.objects.select_related("document")),
        )
        .order_by(language_order(locale_id))[:1]
    )


def _related_entries(locale_id, source_id, *arguments, library=None):
    """Entries of a library sharing a framework (by slug) or a tag with an entry (`arguments`: its
    translation key, framework ids and tag ids, then library_of's), newest first."""
    library, (translation_key, framework_ids, tag_ids) = library_of(locale_id, source_id, arguments, library)
    shares_framework = ResourceFramework.objects.filter(
        framework__slug__in=ResourceFramework.objects.filter(framework_id__in=framework_ids).values(
            "framework__slug"
        )
    ).values("resource_id")
    shares_tag = ResourceTag.objects.filter(tag_id__in=tag_ids).values("content_object_id")
    return (
        library.exclude(translation_key=translation_key)
        .filter(Q(pk__in=shares_framework) | Q(pk__in=shares_tag))
        .select_related("locale")
        .order_by("-created_at", "pk")[:RELATED_COUNT]
    )


class ResourceLibraryPage(RoutablePageMixin, IntroPage):
    """The resource library of one language: /<lang>/resources/, /<slug>/ and /<slug>/download/."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Resource library page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["library_url"] = self.get_url(request)
        context["feed_url"] = self.feed_url(request)
        return context

    @classmethod
    def for_locale(cls, locale):
        """The live library page of a language (site search and work packages link into it)."""
        if getattr(locale, "pk", locale) == active_locale().pk:
            return section_page(cls)
        return cls.objects.live().filter(locale=locale).order_by("path").first()

    @property
    def library_locale(self):
        return locale_of(self)

    def framework_shortcuts(self, request=None):
        """Each framework with resources here, as a link to the library filtered by it (for visitors
        whose search found nothing)."""
        url = self.get_url(request)
        rows = framework_options(fetch_from_library(_frameworks_used, self.library_locale), selected=[])
        return [
            FrameworkShortcut(label, f"{url}?{urlencode({'framework': slug})}", count)
            for slug, label, count in rows
            if count
        ]

    @path("", name="index")
    def index_route(self, request):
        filters = LibraryFilters.from_query(request.GET)
        pack = self.pack_view(filters)
        page_obj, facet_options, totals = search_library(filters, self.library_locale, pack)
        in_force = active_filters(filters, facet_options, self.get_url(request))
        context = {
            "filters": filters,
            "page_obj": page_obj,
            "facets": facet_options,
            "active_filters": in_force,
            # The disclosure's "Filter (3 active)": ticked options, not the search words.
            "ticked_count": len(in_force) - (1 if filters.query else 0),
            "query_prefix": filters.query_prefix(),
            "sort_params": urlencode(filters.params(without=("page", "sort"))),
            "facets_key": urlencode(filters.params(without=("page", "sort"))),
            **self.pack_offer(request, pack, (totals["listed"], totals["pack_size"] or 0)),
        }
        return self.render(request, context_overrides=context)

    def pack_view(self, filters, work_package=""):
        """The offline pack of this listing (or of a work package's entries, by its slug)."""
        from resources.packs import PackView  # packs import these models

        return PackView.in_library(self, filters or LibraryFilters.from_query(QueryDict()), work_package)

    def pack_offer(self, request, view, estimate=None):
        """The pack's link, and its size before anyone downloads it (`estimate`: its number of
        entries and bytes, when the listing counted them)."""
        from resources.packs import max_bytes, max_resources

        count, size = estimate or view.estimate()
        query = f"?{view.parameters}" if view.parameters else ""
        return {
            "pack_url": f"{self.get_url(request)}{self.reverse_subpage('pack')}{query}",
            "pack_count": count,
            "pack_size": size,
            "pack_fits": count <= max_resources() and size <= max_bytes(),
        }

    @path("pack/", name="pack")
    def pack_route(self, request):
        """This view's resources as one ZIP in the visitor's language (resources/pack_views.py)."""
        from resources.pack_views import serve_pack  # it imports these models

        return serve_pack(self, request)

    @path("feed/", name="feed")
    def feed_route(self, request):
        """RSS of the entries newly added in this language, optionally ?framework= (resources/feeds.py)."""
        from resources.feeds import NewInLibraryFeed  # it imports these models

        return NewInLibraryFeed(self)(request)

    def feed_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("feed")

    @path("<slug:slug>/", name="resource")
    def resource_route(self, request, slug):
        shown = self.resource_page_content(request, slug)
        canonical = shown.pop("canonical_path") or request.path
        context = {
            **shown,
            "resource_url": request.build_absolute_uri(request.path),
            "canonical_url": request.build_absolute_uri(canonical),
        }
        return self.render(request, template="resources/resource_detail.html", context_overrides=context)

    def resource_page_content(self, request, slug):
        """The entry of `slug` and what its page shows around it (Http404 when there is none)."""
        resource = self.find_resource(slug)
        versions = self.language_versions(request, resource)
        is_fallback = resource.locale_id != self.library_locale.pk
        # A fallback shows the original: search engines should index the original's own URL.
        original = next((link for link in versions if link.code == resource.locale.language_code), None)
        related = self.related_resources(resource)
        readings([resource, *related])  # which of them read in English, in one go
        reading = None if is_fallback else reading_of(resource)
        return {
            "resource": resource,
            "is_fallback": is_fallback,
            # Partly translated after a sync: say how much, and that the rest reads in English.
            "partial_reading": reading if reading and reading.state == PARTLY_TRANSLATED else None,
            "versions": [link for link in versions if link.is_translated],
            "language_links": versions,
            "related": related,
            "tags": self.tags_of(resource),
            "canonical_path": original.url if is_fallback and original else None,
        }

    def tags_of(self, resource):
        """The resource's tags as (key, label in this library's language) pairs, by label (the
        labels come with the tags: find_resource)."""
        tags = [(item.tag.name, item.label or item.tag.name) for item in resource.tagged_items.all()]
        return sorted(tags, key=lambda tag: tag[1].lower())

    @path("<slug:slug>/download/", name="download")
    def download_route(self, request, slug):
        """The file in ?language= or else the visitor's language; without one, which languages exist."""
        resource = self.find_resource(slug)
        if not resource.attached_files:
            raise Http404("This resource has no file or link.")
        asked = request.GET.get("language")
        attached = resource.file_in(asked if asked in dict(settings.LANGUAGES) else request.LANGUAGE_CODE)
        if attached is None:
            return self.file_choice(request, resource)
        # A person's first download of this file today; no HEAD, prefetch, bot or repeat (visitors.counting).
        if counts_once_today(request, f"download:{resource.pk}"):
            ResourceDownload.record(resource, request.LANGUAGE_CODE)
        response = redirect(attached.target)
        add_never_cache_headers(response)
        return response

    def file_choice(self, request, resource):
        """No file in the language asked for: the languages it exists in, each a download link."""
        context = {
            "resource": resource,
            "library_url": self.get_url(request),
            "asked_language": request.GET.get("language") or request.LANGUAGE_CODE,
        }
        response = self.render(request, template="resources/file_choice.html", context_overrides=context)
        add_never_cache_headers(response)
        return response

    def find_resource(self, slug):
        """The resource in this language, or its source-language original if not translated yet."""
        found = fetch_from_library(_entry_named, self.library_locale, slug)
        if not found:
            raise Http404("No such resource.")
        return found[0]

    def language_versions(self, request, resource):
        """One link per site language to this resource's page there; marks where it is translated."""
        translated = {code for (code,) in built_once.fetch(_languages_read_in, resource.translation_key)}
        libraries = self.library_urls(request)
        active = request.LANGUAGE_CODE
        links = []
        for code, _name in settings.LANGUAGES:
            library_url = libraries.get(code)
            if library_url is None:
                continue
            url = library_url + self.reverse_subpage("resource", kwargs={"slug": resource.slug})
            links.append(LanguageLink(code, language_name(code), url, code == active, code in translated))
        return links

    def library_urls(self, request=None):
        """{language code: URL of this library in that language}, where it is live."""
        return {
            page.locale.language_code: page.get_url(request)
            for page in built_once.fetch(_live_versions, self.translation_key, shape=(type(self),))
        }

    def resource_url(self, resource, request=None):
        """The resource's page in this library's language (a fallback entry reads in English there)."""
        return self.get_url(request) + self.reverse_subpage("resource", kwargs={"slug": resource.slug})

    def related_resources(self, resource):
        """Other entries of this library sharing a framework or a tag with `resource`, newest first."""
        framework_ids = [link.framework_id for link in resource.framework_links.all()]
        tag_ids = [item.tag_id for item in resource.tagged_items.all()]
        if not framework_ids and not tag_ids:
            return []
        return fetch_from_library(
            _related_entries,
            self.library_locale,
            resource.translation_key,
            framework_ids or [0],
            tag_ids or [0],
        )
