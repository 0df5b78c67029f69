"""Language negotiation: regional variants go where their bare language goes.

Django looks up a fallback (settings' LANG_INFO: hr, sr, bs → cnr) only for the exact code the
browser sent, so `hr-HR` or `sr-RS` would land on English while `hr` lands on Montenegrin.
"""

from django.conf.locale import LANG_INFO


def _has_fallback(code):
    return bool(LANG_INFO.get(code, {}).get("fallback"))


def bare_variants(header):
    """The Accept-Language header with e.g. `hr-HR;q=0.8` read as `hr;q=0.8`, where only the bare
    language has a fallback; other tags are kept as they are."""
    parts = []
    for part in header.split(","):
        tag, _sep, params = part.strip().partition(";")
        primary = tag.split("-")[0].lower()
        if "-" in tag and not _has_fallback(tag.lower()) and _has_fallback(primary):
            tag = primary
        parts.append(f"{tag};{params}" if params else tag)
    return ",".join(parts)


class RegionalVariantMiddleware:
    """Runs before LocaleMiddleware, so `/` redirects `hr-HR` and `sr-RS` browsers to /cnr/."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = request.META.get("HTTP_ACCEPT_LANGUAGE")
        if header:
            request.META["HTTP_ACCEPT_LANGUAGE"] = bare_variants(header)
        return self.get_response(request)
