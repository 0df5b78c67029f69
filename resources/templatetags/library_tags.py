"""The library's components for other apps' pages (the home page's way into the library)."""

from django import template

from wagtail.models import Locale

from resources.models import ResourceLibraryPage

register = template.Library()


@register.inclusion_tag("resources/includes/library_entry.html", takes_context=True)
def library_entry(context, frameworks=8):
    """A search box into the visitor's library and its most used frameworks, as filtered links."""
    request = context["request"]
    library = ResourceLibraryPage.for_locale(Locale.get_active())
    if library is None:
        return {"library": None}
    shortcuts = sorted(library.framework_shortcuts(request), key=lambda item: -item.count)[:frameworks]
    return {
        "library": library,
        "library_url": library.get_url(request),
        "frameworks": sorted(shortcuts, key=lambda item: item.label.lower()),
    }
