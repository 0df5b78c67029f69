"""The translation states editors meet, described in demo/content/states.toml: a news page and a
library entry sent for translation but untranslated, and a news page partly translated after a
sync. Each is set up once, when it is created, so a later seed changes nothing."""

import uuid

from django.db import transaction

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object

from home.models import HomePage, NewsIndexPage, WorkPackagePage
from resources.models import Framework, Resource

from .. import data
from ..engine import (
    publish,
    publish_latest_revision,
    source_locale,
    target_locales,
    translate_missing,
)
from .library import create_resource
from .project import seed_news_page


def _news_page(spec):
    """The English news page of `spec` and whether this call created it."""
    home = HomePage.objects.get(locale=source_locale(), depth=2)
    index = NewsIndexPage.objects.child_of(home).get()
    existing = index.get_children().filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing.specific, False
    work_packages = {page.slug: page for page in WorkPackagePage.objects.filter(locale=source_locale())}
    return seed_news_page(index, spec, work_packages), True


def send_for_translation(instance):
    """What an editor's "Translate" does: wagtail-localize copies it into every language, untranslated."""
    translate_object(instance, list(target_locales()))


def seed_untranslated_news(spec, log):
    page, created = _news_page(spec)
    if created:
        send_for_translation(Page.objects.get(pk=page.pk).specific)  # re-fetch: see I18N.md
        log(f"Sent “{page.title}” for translation, untranslated")


def seed_untranslated_resource(spec, log):
    source = source_locale()
    if Resource.objects.filter(locale=source, slug=spec["slug"]).exists():
        return
    frameworks = {framework.slug: framework for framework in Framework.objects.filter(locale=source)}
    publishers = {item["key"]: item["name"] for item in data.content("library")["publishers"]}
    resource = create_resource(spec, source, frameworks, publishers)
    send_for_translation(Resource.objects.get(pk=resource.pk))
    log(f"Sent resource {spec['slug']} for translation, untranslated")


def seed_partly_translated_news(spec, log):
    """Translate the page in full, then add an English paragraph and sync the translations."""
    page, created = _news_page(spec)
    if not created:
        return
    translate_missing(page, log)
    page = Page.objects.get(pk=page.pk).specific
    blocks = page.body.get_prep_value()  # keep the block ids, as the editor does, so old strings match
    blocks.append(
        {"type": "paragraph", "value": f"<p>{spec['added_paragraph']}</p>", "id": str(uuid.uuid4())}
    )
    page.body = blocks
    publish(page)
    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()
    for translation in Translation.objects.filter(source=source):
        with transaction.atomic():
            translation.save_target(publish=False)
            publish_latest_revision(translation.get_target_instance())
    log(f"Synced “{page.title}” after an English change: partly translated")


def seed_states(log):
    states = data.content("states")
    seed_untranslated_news(states["sent_for_translation"]["news"], log)
    seed_untranslated_resource(states["sent_for_translation"]["resource"], log)
    seed_partly_translated_news(states["partly_translated"]["news"], log)
