"""Content-Security-Policy and Permissions-Policy for the public site.

Django 5.2 has no built-in CSP. The public templates use no inline script or style and load
nothing from other hosts, so the policy can be strict. The Wagtail admin needs inline scripts
and styles, so it keeps Django's other protections but gets no CSP here. The Permissions-Policy
switches off browser features no public page uses (camera, microphone, location, payment...).
"""

from urllib.parse import urlsplit

from django.conf import settings

PERMISSIONS_POLICY = (
    "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"
)


def build_policy():
    image_sources = ["'self'", "data:"]
    media = urlsplit(settings.MEDIA_URL)
    if media.scheme and media.netloc:  # media on object storage or a CDN
        image_sources.append(f"{media.scheme}://{media.netloc}")
    directives = {
        "default-src": ["'self'"],
        "img-src": image_sources,
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "object-src": ["'none'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


class ContentSecurityPolicyMiddleware:
    """Add the strict policies to every response outside the admin."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = getattr(settings, "CONTENT_SECURITY_POLICY", None) or build_policy()
        self.permissions = getattr(settings, "PERMISSIONS_POLICY", PERMISSIONS_POLICY)
        self.exempt_prefixes = tuple(getattr(settings, "CONTENT_SECURITY_POLICY_EXEMPT", ("/admin/",)))

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(self.exempt_prefixes):
            response.headers.setdefault("Content-Security-Policy", self.policy)
            response.headers.setdefault("Permissions-Policy", self.permissions)
        return response
