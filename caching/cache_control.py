"""Cache-Control for public pages, fed by PUBLIC_CACHE_MAX_AGE / PUBLIC_CACHE_S_MAXAGE.

Anonymous visitors without a session get `public, max-age=..., s-maxage=...` so a CDN can keep
the page at the edge (changes are purged from it by caching.edge). Everything personal
is marked private: logged-in users, requests carrying a session, responses that set a cookie,
the admin. A view that set its own Cache-Control keeps it.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

PRIVATE_PREFIXES = ("/admin/", "/healthz", "/readyz", "/django-admin/")


def _is_personal(request, response):
    if response.cookies:
        return True
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


class PublicCacheControlMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if request.path.startswith(PRIVATE_PREFIXES) or _is_personal(request, response):
            patch_cache_control(response, private=True, no_cache=True)
            return response
        max_age = settings.PUBLIC_CACHE_MAX_AGE
        if request.method in ("GET", "HEAD") and response.status_code == 200 and max_age > 0:
            patch_cache_control(
                response, public=True, max_age=max_age, s_maxage=settings.PUBLIC_CACHE_S_MAXAGE
            )
        return response
