"""The library's components for other apps' pages (the home page's way into the library)."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import get_language, gettext, ngettext

from core.locales import active_locale, translated_language_name
from resources.models import ResourceLibraryPage
from resources.transfer import download_estimate

register = template.Library()

KB, MB = 1024, 1024 * 1024


@register.filter
def file_size(size):
    """A file's size as a trainer on a slow connection reads it: "1.2 MB", "340 KB", in the page's
    language. Django's filesizeformat has no Montenegrin words, so these strings are our catalogues'."""
    try:
        size = int(size)
    except (TypeError, ValueError):
        return ""
    if size < KB:
        return ngettext("%(size)d byte", "%(size)d bytes", size) % {"size": size}
    if size < MB:
        return gettext("%(size)s KB") % {"size": number_format(round(size / KB))}
    return gettext("%(size)s MB") % {"size": number_format(size / MB, decimal_pos=1)}


@register.filter
def download_time(size):
    """ "about 40 s on slow 3G, 3 s on 4G" beside a file's size (resources/transfer.py)."""
    return download_estimate(size)


@register.inclusion_tag("resources/includes/library_entry.html", takes_context=True)
def library_entry(context, frameworks=8):
    """A search box into the visitor's library and its most used frameworks, as filtered links."""
    request = context["request"]
    library = ResourceLibraryPage.for_locale(active_locale())
    if library is None:
        return {"library": None}
    shortcuts = sorted(library.framework_shortcuts(request), key=lambda item: -item.count)[:frameworks]
    return {
        "library": True,
        "library_url": library.get_url(request),
        "frameworks": sorted(shortcuts, key=lambda item: item.label.lower()),
    }


@register.simple_tag
def file_for(resource):
    """The file of `resource` a visitor of the current language gets: theirs, else the source's."""
    return resource.file_for(get_language())


@register.simple_tag
def file_language(code):
    """A file's language named in the visitor's language, as in running text ("anglisht" in sq)."""
    return str(translated_language_name(code))
