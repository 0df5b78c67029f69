"""Site-level views that are not Wagtail pages: robots.txt and the sitemap."""

from collections import defaultdict

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wagtail.models import Page


@require_safe
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def sitemap_entries(request):
    """Every live public page in every language, with the other languages it is translated into.

    Untranslated alias copies are left out: they repeat the English page under another language.
    """
    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gt=1, alias_of__isnull=True)
        .select_related("locale")
        .defer_streamfields()
        .order_by("path")
    )
    by_translation = defaultdict(list)
    entries = []
    for page in pages:
        url = page.get_url(request)
        if url is None:
            continue
        url = request.build_absolute_uri(url)
        entry = {
            "location": url,
            "language": page.locale.language_code,
            "lastmod": page.last_published_at,
            "alternates": by_translation[page.translation_key],
        }
        by_translation[page.translation_key].append(entry)
        entries.append(entry)
    return entries


@require_safe
def sitemap_xml(request):
    return TemplateResponse(
        request,
        "sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml; charset=utf-8",
    )
