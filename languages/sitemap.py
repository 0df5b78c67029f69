"""/sitemap.xml: every public page and library entry in each language it is really translated into.

Each URL lists all its real language versions plus `x-default` (the source language). Content a
visitor would read in English under /sq/ (aliases, translations with nothing translated yet) is
left out: it repeats the English URL. Past SITEMAP_MAX_URLS (the protocol's 50,000) the sitemap
becomes an index of numbered sections, /sitemap-1.xml, /sitemap-2.xml, ...
"""

import math
from collections import defaultdict

from django.conf import settings
from django.http import Http404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from wagtail.models import Page

from core.translation_state import not_translated

PROTOCOL_LIMIT = 50_000


def max_urls():
    return getattr(settings, "SITEMAP_MAX_URLS", PROTOCOL_LIMIT)


def _page_entries(request):
    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .exclude(not_translated(Page))
        .select_related("locale")
        .defer_streamfields()
        .order_by("path")
    )
    for page in pages:
        url = page.get_url(request)
        if url is not None:
            yield page.translation_key, page.locale.language_code, url, page.last_published_at


def _resource_entries(request):
    """Each library language's own translations of the resources, at its library's detail URL."""
    from resources.models import Resource, ResourceLibraryPage

    libraries = {
        library.locale_id: library
        for library in ResourceLibraryPage.objects.live().public().select_related("locale").order_by("path")
    }
    resources = (
        Resource.objects.filter(locale_id__in=libraries)
        .exclude(not_translated(Resource))
        .select_related("locale")
        .only("slug", "translation_key", "locale", "created_at")
        .order_by("pk")
    )
    base_urls = {locale_id: library.get_url(request) for locale_id, library in libraries.items()}
    for resource in resources:
        base = base_urls[resource.locale_id]
        if base is None:
            continue
        url = base + libraries[resource.locale_id].reverse_subpage("resource", kwargs={"slug": resource.slug})
        yield resource.translation_key, resource.locale.language_code, url, resource.created_at


def sitemap_entries(request):
    """[{location, language, lastmod, alternates, default}] for every page and library entry."""
    groups = defaultdict(list)
    entries = []
    for source in (_page_entries(request), _resource_entries(request)):
        for key, language, url, lastmod in source:
            entry = {
                "location": request.build_absolute_uri(url),
                "language": language,
                "lastmod": lastmod,
                "alternates": groups[(source.__name__, key)],
            }
            groups[(source.__name__, key)].append(entry)
            entries.append(entry)
    for alternates in groups.values():
        default = next((e for e in alternates if e["language"] == settings.LANGUAGE_CODE), None)
        for entry in alternates:
            entry["default"] = default
    return entries


@require_safe
def sitemap_xml(request):
    """The sitemap, or the index of its sections once it holds more URLs than one file may."""
    entries = sitemap_entries(request)
    limit = max_urls()
    if len(entries) <= limit:
        return _urlset(request, entries)
    sections = [
        request.build_absolute_uri(f"/sitemap-{number}.xml")
        for number in range(1, math.ceil(len(entries) / limit) + 1)
    ]
    return TemplateResponse(
        request, "languages/sitemap_index.xml", {"sections": sections}, content_type="application/xml"
    )


@require_safe
def sitemap_section(request, number):
    limit = max_urls()
    entries = sitemap_entries(request)[(number - 1) * limit : number * limit]
    if number < 1 or not entries:
        raise Http404("No such sitemap section.")
    return _urlset(request, entries)


def _urlset(request, entries):
    return TemplateResponse(
        request, "sitemap.xml", {"entries": entries}, content_type="application/xml; charset=utf-8"
    )
