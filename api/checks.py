"""Deployment check: the API's absolute URLs must come from configuration, never from the Site record."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.urls, deploy=True)
def public_base_url_is_configured(app_configs, **kwargs):
    """`manage.py check --deploy` fails when PUBLIC_BASE_URL is unset or not an https:// origin."""
    base_url = getattr(settings, "WAGTAILAPI_BASE_URL", None) or ""
    if base_url.startswith("https://") and base_url.count("/") == 2:
        return []
    return [
        checks.Error(
            f"PUBLIC_BASE_URL is {base_url!r}: the API would print URLs of the unconfigured Site record.",
            hint="Set PUBLIC_BASE_URL to the public origin, e.g. https://vet-web.eu (no path, no slash).",
            id="api.E001",
        )
    ]
