"""What the archive's search page lists and indexes: every page and library entry of a language,
by the site search's kinds (search/kinds.py), as the live search would find them."""

from django.apps import apps
from django.utils.translation import gettext as _

from search.kinds import KINDS, real_pages


def _sorted(items):
    return sorted(items, key=lambda item: (item[0].casefold(), item[1]))


def _pages(kind, locale, request):
    pages = real_pages(locale).type(*kind.models).order_by("path")
    return _sorted((page.title, page.get_url(request)) for page in pages)


def _resources(locale, request):
    library = apps.get_model("resources", "ResourceLibraryPage").for_locale(locale)
    if library is None:
        return []
    entries = apps.get_model("resources", "Resource").objects.in_library_of(locale).order_by("pk")
    return _sorted((str(entry), library.resource_url(entry, request)) for entry in entries)


def entries_by_kind(locale, request=None):
    """[(kind key, label, [(title, url), ...]), ...] in the search page's order, none empty."""
    groups = []
    for kind in KINDS:
        items = _resources(locale, request) if kind.in_library else _pages(kind, locale, request)
        if items:
            groups.append((kind.key, _(str(kind.label)), items))
    return groups
