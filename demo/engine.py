"""The one seeding engine: ensure a page, ensure a snippet, add the translations that are missing.

Translations are made the way a translator makes them: a wagtail-localize TranslationSource, one
StringTranslation per segment, then `save_target`, so editors see real translations they can keep
editing. Nothing here changes or deletes what already exists.
"""

import logging

from django.conf import settings
from django.db import transaction

from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from . import data

logger = logging.getLogger(__name__)


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def target_locales():
    """Every language the demo is translated into: the site's locales other than the source."""
    return Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code")


def publish(page):
    page.save_revision().publish()
    return page


def ensure_page(parent, model, slug, **fields):
    """The child of `parent` with `slug`, created and published from `fields` if it is missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    return publish(page), True


def ensure_snippet(model, lookup, **fields):
    """The snippet matching `lookup`, created from `lookup` + `fields` if it is missing."""
    existing = model.objects.filter(**lookup).first()
    if existing is not None:
        return existing, False
    return model.objects.create(**lookup, **fields), True


def stream_from(rows):
    """Turn TOML body rows ({heading = …} / {paragraph = …} / {list = […]}) into StreamField data."""
    blocks = []
    for row in rows:
        ((kind, value),) = row.items()
        if kind == "heading":
            blocks.append(("heading", {"text": value, "level": "h2"}))
        elif kind == "paragraph":
            blocks.append(("paragraph", f"<p>{value}</p>"))
        elif kind == "list":
            blocks.append(("paragraph", "<ul>" + "".join(f"<li>{item}</li>" for item in value) + "</ul>"))
        else:
            raise ValueError(f"Unknown demo body row: {kind}")
    return blocks


def translate(instance, locale, strings, *, untranslated=()):
    """Create or update the translation of `instance` into `locale` from `strings` (English → text), publish it.

    Slugs and the `untranslated` source strings (proper names, acronyms) stay as they are; any other
    segment missing from `strings` stays in English, with a warning.
    """
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    code = locale.language_code
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        # Text with a link is keyed as wagtail-localize's PO files write it: `see <a id="a1">this</a>`.
        has_link = '<a id="' in segment.string.data
        source_text = segment.string.data if has_link else StringValue(segment.string.data).render_text()
        translated = strings.get(source_text)
        if source_text in untranslated or segment.context.path.endswith("slug"):
            translated = source_text
        elif translated is None:
            logger.warning("No %s demo translation for %r: seeded in English", code, source_text)
            translated = source_text
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": (
                    StringValue.from_translated_html(translated)
                    if has_link
                    else StringValue.from_plaintext(translated)
                ).data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    with transaction.atomic():
        drafts = isinstance(instance, (Page, DraftStateMixin))
        translation.save_target(publish=not drafts)  # models without drafts are saved live
        if drafts:
            publish_latest_revision(translation.get_target_instance())
    return translation


def publish_latest_revision(target):
    """Publish the revision save_target just made, now rather than on commit (its `publish=True`
    defers it, and a deferred publish inside a longer transaction restores a stale tree: I18N.md)."""
    target = type(target).objects.get(pk=target.pk)
    target.latest_revision.publish()


def is_translated(instance, locale):
    """True when `instance` has a real (not alias) translation in `locale`."""
    match = instance.get_translation_or_none(locale)
    if match is None:
        return False
    return not (isinstance(match, Page) and match.alias_of_id is not None)


def translate_missing(instance, log, *, locales=None, untranslated=()):
    """Translate `instance` from the demo catalogues into each locale where it has no real translation."""
    for locale in target_locales() if locales is None else locales:
        if isinstance(instance, Page):
            instance = Page.objects.get(pk=instance.pk).specific  # re-fetch: see I18N.md, stale pages
        else:
            instance = type(instance).objects.get(pk=instance.pk)
        if not is_translated(instance, locale):
            translate(instance, locale, data.catalogue(locale.language_code), untranslated=untranslated)
            log(f"Translated “{instance}” into {locale.language_code}")
