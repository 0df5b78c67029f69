"""Header, language switcher and footer data for base.html."""

from dataclasses import replace

from django import template
from django.conf import settings
from django.db.models import Q

from wagtail.models import Locale, Page, Site

from core import locales
from core.language_links import links_for_page, links_for_view
from core.listing import ListingFilters
from home.models import FooterLinks
from ops.content_cache import per_generation

register = template.Library()

# Pages about the project that every footer links, in this order; named by model, as `home` builds
# on none of the apps that define them.
PROJECT_PAGE_TYPES = (
    ("results", "resultspage"),
    ("mobility", "mobilityindexpage"),
    ("contact", "contactpage"),
)


@register.simple_tag(takes_context=True)
def language_links(context):
    """The switcher's links: a view may pass its own (routable pages), else the page's, else the path's."""
    if "language_links" in context:
        return context["language_links"]
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        filters = context.get("filters")
        query = filters.query_string() if isinstance(filters, ListingFilters) else ""
        # The same for every visitor of this page and filters until the content changes.
        return per_generation(
            "language-links",
            lambda: links_for_page(request, page, query=query),
            page.pk,
            query,
            request=request,
        )
    return links_for_view(request)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """The URL as the visitor reached the site (scheme and host), for canonical and alternate links."""
    return context["request"].build_absolute_uri(url)


@register.simple_tag
def alternate_links(links):
    """hreflang alternates: only real translations, so search engines never see English labelled Albanian."""
    return [without_query(link) for link in links if link.is_translated]


@register.simple_tag
def default_language_link(links):
    """The default language's link, for x-default and an untranslated copy's canonical URL."""
    for link in links:
        if link.code == settings.LANGUAGE_CODE:
            return without_query(link)
    return None


def without_query(link):
    """The link without the switcher's listing filters: search engines get the canonical URL."""
    return replace(link, url=link.url.split("?")[0])


@register.simple_tag
def translated_language_name(code):
    """A language's name in the visitor's language as it is written inside a sentence ("inglese"
    under /it/, "English" under /en/), for notices that name the language a text is shown in;
    a template capitalises it with |capfirst where it starts a heading or a list item."""
    return locales.translated_language_name(code)


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page of the visitor's language and its children marked 'show in menus'."""
    request = context["request"]
    menu = per_generation("main-menu", lambda: _menu(request), request=request)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return {
        "request": request,
        "home": menu["home"],
        "items": [{**item, "is_current": current_path.startswith(item["path"])} for item in menu["items"]],
    }


def _menu(request):
    """The menu's links as plain data, the same for every visitor of a language until content changes."""
    site = Site.find_for_request(request)
    home = site.root_page.get_translation_or_none(Locale.get_active()) if site else None
    items = home.get_children().live().public().in_menu() if home else []
    return {
        "home": {"url": home.get_url(request)} if home else None,
        "items": [{"title": item.title, "url": item.get_url(request), "path": item.path} for item in items],
    }


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The accessibility statement and privacy notice in the visitor's language, where they exist."""
    request = context["request"]

    def pages():
        links = FooterLinks.for_request(request)
        found = [
            page.localized for page in [links.accessibility_page, links.privacy_page] if page is not None
        ]
        return [{"title": page.title, "url": page.get_url(request)} for page in found]

    return per_generation("footer-pages", pages, request=request)


@register.simple_tag(takes_context=True)
def project_pages(context):
    """The results, mobility stories and contact pages in the visitor's language, where they exist."""
    request = context["request"]

    def pages():
        of_type = Q()
        for app_label, model in PROJECT_PAGE_TYPES:
            of_type |= Q(content_type__app_label=app_label, content_type__model=model)
        found = (
            Page.objects.live()
            .public()
            .filter(of_type, locale=Locale.get_active())
            .select_related("content_type")
        )
        order = {page_type: n for n, page_type in enumerate(PROJECT_PAGE_TYPES)}
        found = sorted(found, key=lambda page: order[(page.content_type.app_label, page.content_type.model)])
        return [{"title": page.title, "url": page.get_url(request)} for page in found]

    return per_generation("project-pages", pages, request=request)
