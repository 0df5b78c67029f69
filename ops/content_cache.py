"""Data that only changes when content changes, kept per content generation.

The page cache (ops.page_cache) stores whole pages and drops them all when the content generation
moves on (any publish, snippet or setting save). A page it misses (another filter combination, an
editor signed in, a new search) is rendered afresh, but most of what it shows besides its own
content is the same on every page of a language: the menu, the footer links, the language switcher
of a page, the locales. This module keeps such data in Django's cache under a key that holds the
same generation, so it is never staler than a cached page and is dropped by the same edits.

Store plain data (strings, dicts, dataclasses, model instances without request state), never
anything that depends on the visitor: the key holds the host and language, not the visitor.
"""

import hashlib
import logging
from array import array

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone, translation

from ops.page_cache import generation

logger = logging.getLogger(__name__)
_MISSING = object()


def _seconds():
    return getattr(settings, "CONTENT_CACHE_SECONDS", 3600)


def _key(name, parts, request):
    host = request.get_host() if request is not None else ""
    raw = "|".join([name, translation.get_language() or "", host, *map(str, parts)])
    return f"content:{generation()}:" + hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def _store(key, value):
    try:
        cache.set(key, value, _seconds())
    except Exception:
        logger.warning("Content cache unreachable; value not stored", exc_info=True)


def per_generation(name, compute, *parts, request=None):
    """`compute()`, remembered for this content generation, language and (with a request) host."""
    if not _seconds():
        return compute()
    try:
        key = _key(name, parts, request)
        value = cache.get(key, _MISSING)
    except Exception:  # an unreachable cache: compute, as without it
        logger.warning("Content cache unreachable", exc_info=True)
        return compute()
    if value is _MISSING:
        value = compute()
        _store(key, value)
    return value


_held = {}  # (name, language, parts): (generation, value)


def held_per_generation(name, compute, *parts):
    """As `per_generation`, and also held as it is in this process's memory for the generation:
    for a large value (a set of thousands of ids) used several times per request, which would
    otherwise be read from the cache and unpickled at each use. `parts` must take few values (a
    locale): one value per combination is held."""
    now = generation()
    key = (name, translation.get_language(), parts)
    held = _held.get(key)
    if held is not None and held[0] == now:
        return held[1]
    value = per_generation(name, compute, *parts)
    _held[key] = (now, value)
    return value


def per_generation_until(name, compute, *parts, request=None):
    """As `per_generation`, for data the clock changes too (which events are upcoming):
    `compute()` returns (value, until), `until` being the moment the value stops being true (None
    if only an edit changes it). It is computed again once that moment has passed."""
    value, until = per_generation(name, compute, *parts, request=request)
    if until is not None and timezone.now() >= until:
        value, until = compute()
        if _seconds():
            try:
                _store(_key(name, parts, request), (value, until))
            except Exception:  # the generation itself unreachable: serve what was computed
                logger.warning("Content cache unreachable", exc_info=True)
    return value


ENTRY_SECONDS = 24 * 3600


def kept_by_version(name, items, version_of, compute, *parts):
    """[compute(item) for item in items], each kept under `version_of(item)` (what it depends on:
    an object's id and when it was last published, say) rather than the generation: an edit changes
    what one item shows, so the first request after it computes that item again, not all of them.
    The items of one `name` and `parts` are kept together, as one cache entry holding the versions
    used last time (one round trip, and a small cache is not flooded with hundreds of keys)."""
    key = (
        "kept:"
        + hashlib.sha256("|".join(map(str, [name, translation.get_language(), *parts])).encode()).hexdigest()
    )
    try:
        kept = cache.get(key) or {}
    except Exception:  # an unreachable cache: compute, as without it
        logger.warning("Content cache unreachable", exc_info=True)
        kept = {}
    versions = [hashlib.sha256("|".join(map(str, version_of(item))).encode()).hexdigest() for item in items]
    fresh = {
        version: kept[version] if version in kept else compute(item)
        for version, item in zip(versions, items, strict=True)
    }
    if fresh.keys() != kept.keys():
        try:
            cache.set(key, fresh, ENTRY_SECONDS)
        except Exception:
            logger.warning("Content cache unreachable; values not stored", exc_info=True)
    return [fresh[version] for version in versions]


def ids_of(queryset):
    """The primary keys of `queryset` in its order, as kept per generation: an array of integers
    unpickles at memory speed even when it holds every item of a large listing."""
    return array("q", queryset.values_list("pk", flat=True))


def kept_ids(name, queryset, *parts):
    """`ids_of(queryset)`, kept per content generation under `name` and `parts` (say, the listing's
    page and its filters): a listing then counts and slices them instead of asking the database to
    count and sort all its rows on every visit, which grows with the content."""
    return per_generation(name, lambda: ids_of(queryset), *parts)


def cache_locale_lookups():
    """Wagtail looks a locale up by its language code several times per page (the active one, the
    default one, for each translated object): remember them per generation (adding or removing a
    locale starts a new one)."""
    from wagtail.models.i18n import LocaleManager

    if getattr(LocaleManager.get_for_language, "cached", False):
        return
    uncached = LocaleManager.get_for_language

    def get_for_language(self, language_code):
        return per_generation("locale", lambda: uncached(self, language_code), language_code)

    get_for_language.cached = True
    LocaleManager.get_for_language = get_for_language


def cache_private_sections():
    """Every `.live().public()` listing asks the database for the private sections first (Wagtail's
    PageQuerySet.private_q): remember their tree positions per generation (saving a view
    restriction starts a new one)."""
    from django.db.models import Q

    from wagtail.models import PageViewRestriction
    from wagtail.query import PageQuerySet

    if getattr(PageQuerySet.private_q, "cached", False):
        return

    def private_sections():
        return list(PageViewRestriction.objects.values_list("page__path", "page__depth"))

    def private_q(self):
        sections = per_generation("private-sections", private_sections)
        q = Q()
        for path, depth in sections:
            q |= Q(path__startswith=path) & Q(depth__gte=depth)
        return q if q else Q(pk__in=[])  # as Wagtail's: no private section matches no page

    private_q.cached = True
    PageQuerySet.private_q = private_q
