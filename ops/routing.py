"""Finding the site and the page behind a URL, kept per content generation.

Wagtail finds the site of every request with a query, then walks the page tree one query per URL
segment and loads each page's specific type: about a third of an uncached plain page's time here.
Which page a path leads to only changes when content changes (any save starts a new generation,
ops.page_cache), so the site and the route are kept per generation and handed to Wagtail through
the attributes its own lookups cache on the request (`request._wagtail_site`,
`request._wagtail_route_for_request`, both documented in wagtail.models).

A path that leads nowhere is not remembered: random URLs must not fill the cache.
"""

import logging

from django.db import DatabaseError

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from ops.content_cache import per_generation

ROUTED_METHODS = ("GET", "HEAD")
logger = logging.getLogger(__name__)


class _NotKept(Exception):
    """Routed afresh for this request (no page, or a route that cannot be stored)."""


def known_site(request):
    """The request's Wagtail site, remembered per generation for its host and port."""
    if not hasattr(request, "_wagtail_site"):
        host = request._get_raw_host()  # as Wagtail does: no ALLOWED_HOSTS check here
        request._wagtail_site = per_generation("site", lambda: Site._find_for_request(request), host)
    return request._wagtail_site


def _route_entry(request, path):
    """(page, its RoutablePage sub-path or None, args, kwargs), or _NotKept."""
    route = Page.route_for_request(request, path)  # also cached on the request by Wagtail
    if route is None:
        raise _NotKept
    page, args, kwargs = route
    # Kept with the page: its locale, and what its visitors read (translated, partly, not yet),
    # which every page's template asks for.
    page.locale  # noqa: B018
    if hasattr(page, "reading"):
        page.reading  # noqa: B018
    if hasattr(page, "kept_view_restriction_ids"):  # core.pages.BasePage reads them back
        page.kept_view_restriction_ids = list(page.get_view_restrictions().values_list("pk", flat=True))
    if isinstance(page, RoutablePageMixin):
        # A RoutablePage's view is a bound method: keep the sub-path and resolve it again (no query).
        return page, _sub_path(request, page, path), None, None
    return page, None, args, kwargs


def _sub_path(request, page, path):
    """The part of `path` below the page, as RoutablePageMixin.route resolves it ("/", "/ics/")."""
    full = request._wagtail_site.root_page.localized.url_path + path
    if not full.startswith(page.url_path):
        raise _NotKept
    return "/" + full[len(page.url_path) :]


def _route_from(entry, request):
    page, sub_path, args, kwargs = entry
    if sub_path is not None:
        match = page.resolve_subpage(sub_path)
        request.routable_resolver_match = match  # as RoutablePageMixin.route sets it
        return RouteResult(page, args=tuple(match))
    return RouteResult(page, args=args, kwargs=kwargs)


def serve(request, path):
    """Wagtail's page view, with the site and the route taken from the per-generation cache."""
    if request.method in ROUTED_METHODS and known_site(request) is not None:
        try:
            entry = per_generation(
                "route", lambda: _route_entry(request, path), request._wagtail_site.pk, path
            )
        except _NotKept:
            pass  # Wagtail's own routing result is on the request (None: it answers 404)
        else:
            if not hasattr(request, "_wagtail_route_for_request"):  # remembered, not just computed
                request._wagtail_route_for_request = _route_from(entry, request)
    return wagtail_serve(request, path)


def page_urls():
    """Wagtail's URL patterns with its page view replaced by `serve` above (same name, same pattern)."""
    from django.urls import re_path

    from wagtail import urls as wagtail_urls

    kept = [
        pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", None) != "wagtail_serve"
    ]
    return [*kept, re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve")]


class KnownSiteMiddleware:
    """Every view (search, feeds, the API) finds the request's site without a query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            known_site(request)
        except DatabaseError:  # the health checks answer 503 for it; Wagtail's own lookup retries
            logger.warning("Site lookup failed", exc_info=True)
        return self.get_response(request)
