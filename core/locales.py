"""Pick, among translations of the same thing, the one in the visitor's language or else the default."""

from django.conf import settings

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
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first() or active
    return active, default
