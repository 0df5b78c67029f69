"""Finding the page behind a URL in two queries, whatever its depth.

Wagtail routes a URL from the site's root page down: three queries for the root page in the
visitor's language, then two per path segment (the child, then its specific type). Here one query
finds the deepest page the path names in the visitor's language tree (its URL path, joined in SQL
to that language's home page) and one loads its type; that page routes what is left of the path (a
routable page's own URLs) and Wagtail's page view serves the result from
`request._wagtail_route_for_request`, the attribute Wagtail documents for it.

The first query also reads the language's home page and sections, which the menu, the footer and
every link into a section need (core.pages.top_pages), and whether each page is in a private
section (so Wagtail's check of the page's view restrictions asks nothing of a public page): one
query for all of it, remembered for this request only.
"""

from django.db.models import Q, Subquery
from django.http import Http404
from django.urls import re_path

from wagtail import urls as wagtail_urls
from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

from core import built_once
from core.locales import active_locale
from core.pages import HOME_DEPTH, is_private, remember_top_pages
from core.sites import site_for


def _route_rows(root_page_id, locale_id, slugs):
    """The pages of a language tree with these slugs, with its live home page and sections, each
    with the home page's URL path and whether it is in a private section."""
    root_key = Page.objects.filter(pk=root_page_id).values("translation_key")[:1]
    home = Page.objects.filter(translation_key=Subquery(root_key), locale_id=locale_id)
    # Each alternative is found through an index of its own (SQLite and PostgreSQL read them one
    # by one and join what they find), never by reading every page of the language: the pages the
    # path names by their slugs (a few: slugs differ between siblings), the home page by its
    # translation key, the sections by an index of the top of the tree (core migration 0001, used
    # only by a query that says depth <= 3).
    language = Q(locale_id=locale_id)
    names = Q(slug__in=slugs)
    top = Q(depth__in=(HOME_DEPTH, HOME_DEPTH + 1), depth__lte=HOME_DEPTH + 1, live=True)
    home_itself = Q(translation_key=Subquery(root_key))
    return (
        Page.objects.filter((names & language) | (top & language) | (home_itself & language))
        .annotate(home_path=Subquery(home.values("url_path")[:1]), in_private_section=is_private())
        .order_by("path")
    )


def _deepest_page(site, components):
    """The deepest page `components` name under the home page of the active language, with that
    home page's depth; None when the language has no home page or the first segment names nothing.
    The language's live home page and sections come with it (remembered as its top pages)."""
    suffixes = ["/".join(components[:n]) + "/" for n in range(len(components) + 1)]
    suffixes[0] = ""
    # Which of the rows are on the path is decided here. The query's SQL is built once per process
    # and path depth (core.built_once): building it cost more than running it.
    # The home page's path names no slug: "" stands for none (no page has an empty slug).
    slugs = list(components) or [""]
    rows = built_once.fetch(_route_rows, slugs, shape=(site.root_page_id, active_locale().pk))
    remember_top_pages(
        [
            row
            for row in rows
            if row.live and row.depth in (HOME_DEPTH, HOME_DEPTH + 1) and not row.in_private_section
        ]
    )
    on_path = [
        row
        for row in rows
        if row.home_path is not None
        and row.url_path.startswith(row.home_path)
        and row.url_path[len(row.home_path) :] in suffixes
    ]
    if not on_path:
        return None
    deepest = max(on_path, key=lambda row: row.depth)
    deepest.root_depth = min(row.depth for row in on_path)  # the home page's (its suffix is "")
    return deepest


def serve(request, path):
    """Wagtail's page view, its route found in two queries (Wagtail's own routing where this finds
    nothing, so every odd case answers as Wagtail does)."""
    site = site_for(request)  # remembered on the request, where Wagtail looks
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        components = [component for component in path.split("/") if component]
        deepest = _deepest_page(site, components)
        if deepest is not None:
            remaining = components[deepest.depth - deepest.root_depth :]
            try:
                request._wagtail_route_for_request = deepest.specific.route(request, remaining)
            except Http404:
                request._wagtail_route_for_request = None
    return wagtail_serve(request, path)


def page_urls():
    """Wagtail's URL patterns with its page view replaced by `serve` above (same name, same pattern)."""
    kept = [
        pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", None) != "wagtail_serve"
    ]
    return [*kept, re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve")]
