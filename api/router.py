"""The endpoints of /api/v2/. Documents and images have no endpoint of their own: a partner gets
each file through the page or library entry that publishes it (docs/api.md)."""

import functools

from django.urls import re_path

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .base import json_not_found
from .pages import PublicPagesAPIViewSet
from .resources import ResourcesAPIViewSet

API_URLCONF = "api.urlconf"


class PublicAPIRouter(WagtailAPIRouter):
    """Wagtail's router, answering any other path below it with a JSON 404."""

    def wrap_view(self, func):
        wrapped = super().wrap_view(func)

        @functools.wraps(wrapped)
        def without_language_redirect(request, *args, **kwargs):
            request.urlconf = API_URLCONF  # read by LocaleMiddleware on the way out (api/urlconf.py)
            return wrapped(request, *args, **kwargs)

        return without_language_redirect

    def get_urlpatterns(self):
        patterns = [*super().get_urlpatterns(), re_path(r"^.*$", json_not_found)]
        decorate_urlpatterns(patterns[-1:], self.wrap_view)
        return patterns


api_router = PublicAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("resources", ResourcesAPIViewSet)
