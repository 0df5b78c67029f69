"""The visitor's languages: language names in the visitor's language, and picking, among translations
of the same thing, the one in the visitor's language or else the default."""

from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale


def preferred_translations(objects, locale):
    """Keep one object per translation key: the one in `locale`, else the default-language one."""
    chosen = {}
    for obj in objects:
        if obj.translation_key not in chosen or obj.locale_id == locale.pk:
            chosen[obj.translation_key] = obj
    return list(chosen.values())


def active_and_default_locales():
    active = Locale.get_active()
    try:
        default = Locale.get_default()  # remembered per content generation (ops.content_cache)
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
