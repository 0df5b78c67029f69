"""/api/v2/resources/: the library's live, public entries for partner sites, filtered like the
library page (?locale=, framework, type, audience, eqf, language, tag, search) and labelled in the
requested language. Each entry gives its detail page, its files (one per language they exist in,
from what is attached), and the download URL (which counts the download) and size of the file in
the requested language, else in the source language."""

from rest_framework.response import Response

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation

from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet

from core.locales import default_locale
from core.public_origin import absolute
from resources.choices import FILE_LANGUAGES
from resources.facets import FrameworkFacet, facets
from resources.filters import clean_text, normalise
from resources.library import with_card_data
from resources.models import Framework, Resource, ResourceLibraryPage, ResourceTag

from .base import JSONErrorsMixin, requested_locale

MAX_SEARCH_LENGTH = 200


def parameters():
    """What a listing may be asked: its own parameters and each facet of the library's registry."""
    return {"locale", "search", "limit", "offset", "_", *(facet.param for facet in facets())}


def public_library(locale):
    """The live, public library page of `locale`, whose routes give entries their URLs (or None)."""
    return ResourceLibraryPage.objects.live().public().filter(locale=locale).order_by("path").first()


def visible_resources(locale):
    """What the library page of `locale` lists; once entries have drafts, only their live versions."""
    queryset = Resource.objects.in_library_of(locale)
    if any(field.name == "live" for field in Resource._meta.concrete_fields):
        queryset = queryset.filter(live=True)
    return queryset


def with_api_data(queryset):
    """What an entry's JSON needs, in a fixed number of queries per page of results."""
    tags = Prefetch("tagged_items", queryset=ResourceTag.objects.select_related("tag"))
    return with_card_data(queryset).prefetch_related(tags)


def checked_filters(request):
    """The library's normalised filters; a value the library would silently drop is a 400 here."""
    filters = normalise(request.GET)
    for facet in facets():
        if facet.allowed() is None:
            continue
        unknown = [
            value
            for value in (clean_text(raw, 100) for raw in request.GET.getlist(facet.param))
            if value and value not in filters.selected[facet.param]
        ]
        if unknown:
            keys = ", ".join(str(key) for key, _label in facet.options)
            raise BadRequestError(f"unknown {facet.param} {unknown[0]!r}: use one of {keys}")
    frameworks = filters.selected["framework"]
    known = set(Framework.objects.filter(slug__in=frameworks).values_list("slug", flat=True))
    if set(frameworks) - known:
        raise BadRequestError(f"unknown framework {sorted(set(frameworks) - known)[0]!r}")
    return filters


def detail_url(request, pk, locale):
    """The entry's API URL in the language it was asked for."""
    path = reverse("wagtailapi:resources:detail", args=[pk])
    return f"{absolute(request, path)}?locale={locale.language_code}"


def labelled(keys, options):
    labels = dict(options)
    return [{"key": key, "label": str(labels[key])} for key in keys if key in labels]


def facet_fields(resource):
    """The entry's facets, read from the library's registry, by their export column: a facet with
    options as a list of {key, label} (one {key, label} or None when it holds one value), free tags
    as their names. Frameworks are labelled per language from their snippets (ResourceJSON)."""
    fields = {}
    for facet in facets():
        if isinstance(facet, FrameworkFacet):
            continue
        value = facet.export(resource)
        options = getattr(facet, "options", None)
        if options is None:
            fields[facet.column] = value
        elif facet.multi:
            fields[facet.column] = labelled(value, options)
        else:
            fields[facet.column] = (labelled([value], options) or [None])[0]
    return fields


class ResourceJSON:
    """Turns resources into the endpoint's JSON for one request and language."""

    def __init__(self, request, locale, library):
        self.request, self.locale, self.library = request, locale, library
        self.framework_labels = {
            framework.slug: framework.label for framework in Framework.objects.filter(locale=locale)
        }

    def url(self, resource, route):
        path = self.library.url + self.library.reverse_subpage(route, kwargs={"slug": resource.slug})
        return absolute(self.request, path)

    def download_url(self, resource, attached):
        return f"{self.url(resource, 'download')}?language={attached.language}"

    def file_json(self, resource, attached):
        return {
            "language": labelled([attached.language], FILE_LANGUAGES)[0],
            "download_url": self.download_url(resource, attached),
            "download_size": attached.size,
            "file_type": attached.extension or None,
            "external_url": attached.url or None,
        }

    def __call__(self, resource):
        attached = resource.file_for(self.locale.language_code)
        with translation.override(self.locale.language_code):
            return {
                "id": resource.pk,
                "meta": {
                    "type": "resources.Resource",
                    "detail_url": detail_url(self.request, resource.pk, self.locale),
                    "html_url": self.url(resource, "resource"),
                    "locale": resource.locale.language_code,
                    "translated": resource.locale_id == self.locale.pk,
                },
                "title": resource.title,
                "slug": resource.slug,
                "summary": resource.summary,
                "description": resource.description,
                **facet_fields(resource),
                "frameworks": [
                    {"slug": link.framework.slug, "label": self.framework_labels.get(link.framework.slug)}
                    for link in resource.framework_links.all()
                ],
                "files": [self.file_json(resource, item) for item in resource.attached_files],
                # The file a reader of the requested language gets: theirs, else the source's.
                "download_url": self.download_url(resource, attached) if attached else None,
                "download_language": attached.language if attached else None,
                "download_size": attached.size if attached else None,
                "file_type": attached.extension or None if attached else None,
                "external_url": attached.url or None if attached else None,
                "publisher": resource.publisher,
                "publication_year": resource.publication_year,
                "licence": resource.licence,
            }


class ResourcesAPIViewSet(JSONErrorsMixin, BaseAPIViewSet):
    """Listing, detail (`<id>/?locale=`) and `find/?slug=&locale=` of the library's entries."""

    model = Resource
    name = "resources"

    def check_parameters(self, allowed):
        unknown = sorted(set(self.request.GET) - allowed)
        if unknown:
            raise BadRequestError(f"unknown query parameter: {', '.join(unknown)[:200]}")

    def entries(self, locale):
        """Visible resources of `locale` ordered by title, or with ?search= their ids, best first."""
        filters = checked_filters(self.request)
        results = filters.apply(visible_resources(locale))
        if "search" not in self.request.GET:
            return with_api_data(results).order_by("title", "pk")
        query = self.request.GET["search"]
        if len(query) > MAX_SEARCH_LENGTH:
            raise BadRequestError(f"search cannot be longer than {MAX_SEARCH_LENGTH} characters")
        ranked = Resource.objects.ranked_ids(query, locale)
        allowed = set(results.filter(pk__in=ranked).values_list("pk", flat=True))
        return [pk for pk in ranked if pk in allowed]

    def listing_view(self, request):
        self.check_parameters(parameters())
        locale = requested_locale(request, default=default_locale())
        library = public_library(locale)
        entries = self.entries(locale) if library else Resource.objects.none()
        page = self.paginate_queryset(entries)
        if isinstance(entries, list):  # ranked ids from a search
            found = with_api_data(Resource.objects.filter(pk__in=page)).in_bulk()
            page = [found[pk] for pk in page if pk in found]
        to_json = ResourceJSON(request, locale, library) if library else None
        return self.get_paginated_response([to_json(resource) for resource in page])

    def detail_view(self, request, pk):
        self.check_parameters({"locale", "_"})
        resource = Resource.objects.filter(pk=pk).select_related("locale").first()
        if resource is None:
            raise Http404("no such resource")
        locale = requested_locale(request, default=resource.locale)
        library = public_library(locale)
        queryset = with_api_data(visible_resources(locale))
        found = queryset.filter(pk=pk).first() if library else None
        if found is None:
            raise Http404("no such resource in this language's library")
        return Response(ResourceJSON(request, locale, library)(found))

    def find_view(self, request):
        self.check_parameters({"slug", "locale", "_"})
        locale = requested_locale(request, default=default_locale())
        slug = clean_text(request.GET.get("slug"), 120)
        if not slug:
            raise BadRequestError("find/ needs ?slug=<resource slug>")
        # The library shows one entry per slug: its translation here, else the source original.
        found = visible_resources(locale).filter(slug=slug).first()
        if found is None:
            raise Http404("no such resource")
        return redirect(detail_url(request, found.pk, locale))
