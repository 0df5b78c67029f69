"""The visitor's languages: language names in the visitor's language, and picking, among translations
of the same thing, the one in the visitor's language or else the default."""

from django.conf import settings
from django.db.models import Case, IntegerField, Q, Subquery, Value, When
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from core.request_memo import remembered


def preferred_translations(objects, locale):
    """Keep one object per translation key: the one in `locale`, else the default-language one."""
    chosen = {}
    for obj in objects:
        if obj.translation_key not in chosen or obj.locale_id == locale.pk:
            chosen[obj.translation_key] = obj
    return list(chosen.values())


def language_order(*locales):
    """An ordering of translations in SQL: those in the first of `locales` (Locales or their
    pks) first, then the next, then any other language; preferred_translations' choice, for a
    query that picks one translation (`.order_by(language_order(...))[:1]`)."""
    return Case(
        *(When(locale=locale, then=Value(rank)) for rank, locale in enumerate(locales)),
        default=Value(len(locales)),
        output_field=IntegerField(),
    )


def locales_by_code():
    """{language code: Locale} of every locale, read in one query once per request."""
    return remembered("locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()})


def _locale(code, fallback):
    found = locales_by_code().get(code)
    return found if found is not None else fallback()


def active_locale():
    """The Locale of the active language (Locale.get_active, without a query per call)."""
    return _locale(get_supported_content_language_variant(get_language()), Locale.get_active)


def default_locale():
    """The Locale of the default (source) language (Locale.get_default, without a query per call)."""
    return _locale(get_supported_content_language_variant(settings.LANGUAGE_CODE), Locale.get_default)


def localized_link(obj, field_name):
    """What `obj`'s link `field_name` points to, in the visitor's language (its live translation,
    else the linked object itself), or None when nothing is linked. One query: the linked object
    and its translation are read together."""
    pk = getattr(obj, f"{field_name}_id")
    if pk is None:
        return None
    model = obj._meta.get_field(field_name).related_model
    active = active_locale()
    key = model.objects.filter(pk=pk).values("translation_key")[:1]
    translation = Q(translation_key=Subquery(key), locale=active)
    if any(field.name == "live" for field in model._meta.get_fields()):
        translation &= Q(live=True)
    found = list(model.objects.filter(Q(pk=pk) | translation))
    linked = next((found_obj for found_obj in found if found_obj.pk == pk), None)
    if linked is None or linked.locale_id == active.pk:
        return linked
    return next((found_obj for found_obj in found if found_obj.pk != pk), linked)


def locale_of(obj):
    """`obj.locale` without a query (a page or snippet's locale, from the request's locales)."""
    for locale in locales_by_code().values():
        if locale.pk == obj.locale_id:
            return locale
    return obj.locale


def active_and_default_locales():
    active = active_locale()
    try:
        default = default_locale()
    except Locale.DoesNotExist:
        default = active
    return active, default


# Language names in the visitor's language. Kept in our catalogues because Django ships none
# for Montenegrin, so its own translations of these names would stay English under /cnr/.
LANGUAGE_NAMES = {
    "en": _("English"),
    "sq": _("Albanian"),
    "cnr": _("Montenegrin"),
    "it": _("Italian"),
}


def translated_language_name(code):
    """A language's name in the visitor's language (lazy): ours above, else Django's, else the code."""
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code
