"""Tools for seeding demo content in every language through wagtail-localize.

Seeded text is written once per string in all four languages (`Text`). Translations are made the
way a translator makes them: a wagtail-localize TranslationSource, one StringTranslation per
segment, then `save_target`, so editors see real translations they can keep editing.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue


@dataclass(frozen=True)
class Text:
    """One piece of seeded text in every site language."""

    en: str
    sq: str
    cnr: str
    it: str

    def in_language(self, code):
        return getattr(self, code)


class MissingSeedTranslation(Exception):
    """A seeded segment has no translation: the seed data, not the site, needs fixing."""


def target_locales():
    return Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code")


def catalogue_of(texts):
    """Map each English text to its Text, for looking up segments by their source wording."""
    return {text.en: text for text in texts}


def stream_from(blocks):
    """Turn ('heading', Text) / ('paragraph', Text) / ('list', [Text]) rows into StreamField data."""
    data = []
    for kind, value in blocks:
        if kind == "heading":
            data.append(("heading", {"text": value.en, "level": "h2"}))
        elif kind == "paragraph":
            data.append(("paragraph", f"<p>{value.en}</p>"))
        elif kind == "list":
            items = "".join(f"<li>{item.en}</li>" for item in value)
            data.append(("paragraph", f"<ul>{items}</ul>"))
        else:
            raise ValueError(f"Unknown seed block kind: {kind}")
    return data


def texts_in(blocks):
    for kind, value in blocks:
        yield from (value if kind == "list" else [value])


def translate(instance, locale, catalogue, *, untranslated=()):
    """Create or update the wagtail-localize translation of `instance` into `locale` and publish it.

    `untranslated` names source strings that stay as they are in every language (slugs, URLs,
    proper names). Any other segment without a translation in `catalogue` is an error.
    """
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    code = locale.language_code
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        source_text = StringValue(segment.string.data).render_text()
        if source_text in untranslated or segment.context.path.endswith("slug"):
            translated = source_text
        elif source_text in catalogue:
            translated = catalogue[source_text].in_language(code)
        else:
            raise MissingSeedTranslation(f"No {code} translation for {source_text!r}")
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": StringValue.from_plaintext(translated).data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    with transaction.atomic():
        translation.save_target(publish=True)
    return translation


def is_translated(instance, locale):
    """True when `instance` has a real (not alias) translation in `locale`."""
    match = instance.get_translation_or_none(locale)
    if match is None:
        return False
    return not (isinstance(match, Page) and match.alias_of_id is not None)
