"""The endpoints of /api/v2/. Documents and images have no endpoint of their own: a partner gets
each file through the page or library entry that publishes it (docs/api.md)."""

import functools

from django.http import HttpResponse
from django.urls import re_path

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .base import json_not_found
from .pages import PublicPagesAPIViewSet
from .resources import ResourcesAPIViewSet

API_URLCONF = "api.urlconf"
READ_METHODS = ("GET", "HEAD", "OPTIONS")


def allow_any_origin_to_read(response):
    """CORS for a public, read-only API that uses no cookies: any page may read it in the browser."""
    response["Access-Control-Allow-Origin"] = "*"
    return response


def preflight():
    """The browser's question before a cross-origin read with extra headers: reads only."""
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Methods"] = ", ".join(READ_METHODS)
    response["Access-Control-Allow-Headers"] = "Accept, Accept-Language, Content-Type"
    response["Access-Control-Max-Age"] = "86400"
    return allow_any_origin_to_read(response)


class PublicAPIRouter(WagtailAPIRouter):
    """Wagtail's router, answering any other path below it with a JSON 404, and readable from any
    origin (GET, HEAD, OPTIONS; CORS)."""

    def wrap_view(self, func):
        wrapped = super().wrap_view(func)

        @functools.wraps(wrapped)
        def without_language_redirect(request, *args, **kwargs):
            request.urlconf = API_URLCONF  # read by LocaleMiddleware on the way out (api/urlconf.py)
            if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
                return preflight()
            response = wrapped(request, *args, **kwargs)
            if request.method in READ_METHODS:
                allow_any_origin_to_read(response)
            return response

        return without_language_redirect

    def get_urlpatterns(self):
        patterns = [*super().get_urlpatterns(), re_path(r"^.*$", json_not_found)]
        decorate_urlpatterns(patterns[-1:], self.wrap_view)
        return patterns


api_router = PublicAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("resources", ResourcesAPIViewSet)
