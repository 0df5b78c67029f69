"""Where the public site's absolute URLs start (the API's, for partners): PUBLIC_BASE_URL, else the host asked for."""

from django.conf import settings


def public_origin(request):
    """The configured public origin, or the request's own scheme and host (development, tests)."""
    configured = getattr(settings, "WAGTAILAPI_BASE_URL", None)
    if configured:
        return configured.rstrip("/")
    return f"{request.scheme}://{request.get_host()}"


def absolute(request, path):
    """`path` as an absolute URL on the public origin; URLs that are already absolute stay as they are."""
    if not path or path.startswith(("http://", "https://")):
        return path or None
    return public_origin(request) + path
