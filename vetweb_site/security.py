"""Content-Security-Policy and Permissions-Policy for the public site.

Django 5.2 has no built-in CSP. The public templates use no inline script or style and load
nothing from other hosts, so the policy can be strict. The Wagtail admin needs inline scripts
and styles, so it keeps Django's other protections but gets no CSP here. The Permissions-Policy
switches off browser features no public page uses (camera, microphone, location, payment...).

A preview is a public page rendered for the admin (Wagtail builds a request for the page's own
public path and marks it `is_preview`): it keeps the strict policy but may be framed by the site's
own origin, where the admin's live preview panel shows it.
"""

from urllib.parse import urlsplit

from django.conf import settings

PERMISSIONS_POLICY = (
    "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"
)


def build_policy(frame_ancestors="'none'"):
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
        "frame-ancestors": [frame_ancestors],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


class ContentSecurityPolicyMiddleware:
    """Add the strict policies to every response outside the admin."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = getattr(settings, "CONTENT_SECURITY_POLICY", None) or build_policy()
        self.preview_policy = getattr(settings, "CONTENT_SECURITY_POLICY_PREVIEW", None) or build_policy(
            "'self'"
        )
        self.permissions = getattr(settings, "PERMISSIONS_POLICY", PERMISSIONS_POLICY)
        self.exempt_prefixes = tuple(getattr(settings, "CONTENT_SECURITY_POLICY_EXEMPT", ("/admin/",)))

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(self.exempt_prefixes):
            policy = self.preview_policy if getattr(request, "is_preview", False) else self.policy
            response.headers.setdefault("Content-Security-Policy", policy)
            response.headers.setdefault("Permissions-Policy", self.permissions)
        return response
