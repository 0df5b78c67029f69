"""Seed the partners, news topics, work packages and news in four languages. Safe to run again:
it only adds what is missing and never changes or deletes what exists."""

from django.conf import settings
from django.core.management import call_command

from wagtail.models import Locale, Page

from . import seed_news_content as news_content
from . import seed_project_content as content
from .models import (
    Deliverable,
    HomePage,
    NewsIndexPage,
    NewsPage,
    Partner,
    Topic,
    WorkPackageIndexPage,
    WorkPackagePage,
)
from .seeding import catalogue_of, is_translated, stream_from, target_locales, translate


def _publish(page):
    page.save_revision().publish()
    return page


def _translate_everywhere(instance, texts, log):
    """Translate a page or snippet into every other language where it has no real translation."""
    catalogue = catalogue_of(texts)
    for locale in target_locales():
        if isinstance(instance, Page):
            instance = Page.objects.get(pk=instance.pk).specific  # re-fetch: see I18N.md, stale pages
        if not is_translated(instance, locale):
            translate(instance, locale, catalogue)
            log(f"Translated “{instance}” into {locale.language_code}")


def seed_partners(source_locale, log):
    partners = {}
    for name, short_name, country, role in content.PARTNERS:
        partner = Partner.objects.filter(locale=source_locale, name=name.en).first()
        if partner is None:
            partner = Partner.objects.create(
                locale=source_locale, name=name.en, short_name=short_name, country=country, role=role
            )
            log(f"Created the partner {name.en}")
        _translate_everywhere(partner, [name], log)
        partners[name.en] = partner
    return partners


def seed_topics(source_locale, log):
    for slug, name in content.TOPICS.items():
        topic = Topic.objects.filter(locale=source_locale, slug=slug).first()
        if topic is None:
            topic = Topic.objects.create(locale=source_locale, slug=slug, name=name.en)
        _translate_everywhere(topic, [name], log)


def seed_index(home, model, spec):
    existing = model.objects.child_of(home).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing, [spec["title"], spec["intro"]]
    page = model(title=spec["title"].en, slug=spec["slug"], intro=spec["intro"].en, show_in_menus=True)
    home.add_child(instance=page)
    return _publish(page), [spec["title"], spec["intro"]]


def work_package_texts(spec):
    titles = [item["title"] for item in spec["deliverables"]]
    return [spec["title"], spec["intro"], content.DEMO_NOTE, spec["objectives"], *spec["activities"], *titles]


def seed_work_package(index, spec, partners):
    existing = WorkPackagePage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    page = WorkPackagePage(
        title=spec["title"].en,
        slug=spec["slug"],
        number=spec["number"],
        intro=spec["intro"].en,
        lead_partner=partners[spec["lead"]],
        start_date=spec["start"],
        end_date=spec["end"],
        status=spec["status"],
        objectives=stream_from([("paragraph", content.DEMO_NOTE), ("paragraph", spec["objectives"])]),
        activities=stream_from([("list", spec["activities"])]),
    )
    page.deliverables = [
        Deliverable(
            locale=index.locale, title=item["title"].en, due_date=item["due_date"], status=item["status"]
        )
        for item in spec["deliverables"]
    ]
    index.add_child(instance=page)
    return _publish(page)


def seed_news_page(index, spec, work_packages):
    existing = NewsPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    page = NewsPage(
        title=spec["title"].en,
        slug=spec["slug"],
        date=spec["date"],
        summary=spec["summary"].en,
        body=stream_from([("paragraph", spec["body"])]),
        related_work_package=work_packages.get(spec["work_package"]),
    )
    page.tags.add(*spec["tags"])
    index.add_child(instance=page)
    return _publish(page)


def seed_project(log=print):
    """Partners and topics, then the work package and news sections, then their translations."""
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.get(locale=source_locale, depth=2)
    partners = seed_partners(source_locale, log)
    seed_topics(source_locale, log)

    wp_index, wp_index_texts = seed_index(home, WorkPackageIndexPage, content.WORK_PACKAGE_INDEX)
    to_translate = [(wp_index, wp_index_texts)]
    work_packages = {}
    for spec in content.WORK_PACKAGES:
        work_packages[spec["slug"]] = seed_work_package(wp_index, spec, partners)
        to_translate.append((work_packages[spec["slug"]], work_package_texts(spec)))

    news_index, news_index_texts = seed_index(home, NewsIndexPage, news_content.NEWS_INDEX)
    to_translate.append((news_index, news_index_texts))
    for spec in news_content.NEWS:
        page = seed_news_page(news_index, spec, work_packages)
        to_translate.append((page, [spec["title"], spec["summary"], spec["body"]]))

    call_command("sync_locale_trees")
    for page, texts in to_translate:
        _translate_everywhere(page, texts, log)
