"""Header, language switcher and footer data for base.html."""

from dataclasses import replace

from django import template
from django.apps import apps
from django.conf import settings

from wagtail.models import Page

from core import built_once, locales
from core.language_links import links_for_page, links_for_view
from core.listing import ListingFilters
from core.pages import home_page, section_page, top_pages
from core.sites import site_for
from home.models import FooterLinks

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
        return links_for_page(request, page, query=query)
    return links_for_view(request)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """The URL as the visitor reached the site (scheme and host), for canonical and alternate links."""
    return context["request"].build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def absolute_page_url(context, page):
    """The page's URL as the visitor reached the site (its own URL lookups remembered on the request)."""
    request = context["request"]
    return request.build_absolute_uri(page.get_url(request))


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
    menu = _menu(request)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return {
        "request": request,
        "home": menu["home"],
        "items": [{**item, "is_current": current_path.startswith(item["path"])} for item in menu["items"]],
    }


def _menu(request):
    """The menu's links as plain data: the home page of the visitor's language and its children
    marked 'show in menus' (core.pages.top_pages: no query of its own)."""
    home = home_page()
    items = [page for page in top_pages() if page.depth > home.depth and page.show_in_menus] if home else []
    return {
        "home": {"url": home.get_url(request)} if home else None,
        "items": [{"title": item.title, "url": item.get_url(request), "path": item.path} for item in items],
    }


def _footer_links(site_id):
    return FooterLinks.objects.filter(site_id=site_id).select_related("accessibility_page", "privacy_page")[
        :1
    ]


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The accessibility statement and privacy notice in the visitor's language where they exist,
    else as linked (one query: the setting with its pages; their translations are top pages)."""
    request = context["request"]
    site = site_for(request)
    found = built_once.fetch(_footer_links, site.pk) if site else []
    if not found:
        return []
    links = found[0]
    by_key = {page.translation_key: page for page in top_pages()}
    shown = []
    for linked in (links.accessibility_page, links.privacy_page):
        page = by_key.get(linked.translation_key, linked if linked.live else None) if linked else None
        if page is not None:
            shown.append({"title": page.title, "url": page.get_url(request)})
    return shown


@register.simple_tag(takes_context=True)
def project_pages(context):
    """The results, mobility stories and contact pages in the visitor's language, where they exist."""
    request = context["request"]
    found = [section_page(apps.get_model(app_label, model)) for app_label, model in PROJECT_PAGE_TYPES]
    return [{"title": page.title, "url": page.get_url(request)} for page in found if page is not None]
