"""The archive's search page, rendered once per language in place of the live search view."""

from django.template.response import TemplateResponse

from core.locales import active_locale

from .listing import entries_by_kind


def archive_search(request):
    """A search box that Pagefind answers in the browser, and, for a browser without JavaScript
    (or a page opened from disk), every page and library entry as a list of links per kind."""
    groups = entries_by_kind(active_locale(), request)
    return TemplateResponse(request, "static_archive/search.html", {"groups": groups})
