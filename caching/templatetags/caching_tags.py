"""`{% cache_version as version %}`: the release and content generation, for Django's `{% cache %}`
fragments, so that they are dropped by the same changes as cached pages (at most three fragments,
each the same on every page of a language)."""

from django import template

from caching.generation import generation, release

register = template.Library()


@register.simple_tag
def cache_version():
    try:
        return f"{release()}:{generation()}"
    except Exception:  # noqa: BLE001 - any backend's failure: a key that matches nothing stored
        return "unavailable"
