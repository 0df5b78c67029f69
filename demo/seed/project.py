"""Partners, news topics, the work packages and the news, in every language."""

from django.core.management import call_command

from home.models import (
    Deliverable,
    HomePage,
    NewsIndexPage,
    NewsPage,
    Partner,
    Topic,
    WorkPackageIndexPage,
    WorkPackagePage,
)

from .. import data
from ..engine import ensure_page, ensure_snippet, publish, source_locale, stream_from, translate_missing


def seed_partners(locale, log):
    partners = {}
    for spec in data.content("project")["partners"]:
        partner, created = ensure_snippet(
            Partner,
            {"locale": locale, "name": spec["name"]},
            short_name=spec["short_name"],
            country=spec["country"],
            role=spec["role"],
        )
        if created:
            log(f"Created the partner {spec['name']}")
        translate_missing(partner, log)
        partners[spec["name"]] = partner
    return partners


def seed_topics(locale, log):
    for spec in data.content("project")["topics"]:
        topic, _created = ensure_snippet(Topic, {"locale": locale, "slug": spec["slug"]}, name=spec["name"])
        translate_missing(topic, log)


def seed_index(home, model, spec):
    page, _created = ensure_page(
        home, model, spec["slug"], title=spec["title"], intro=spec["intro"], show_in_menus=True
    )
    return page


def seed_work_package(index, spec, partners, demo_note):
    existing = WorkPackagePage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    page = WorkPackagePage(
        title=spec["title"],
        slug=spec["slug"],
        number=spec["number"],
        intro=spec["intro"],
        lead_partner=partners[spec["lead"]],
        start_date=spec["start"],
        end_date=spec["end"],
        status=spec["status"],
        objectives=stream_from([{"paragraph": demo_note}, {"paragraph": spec["objectives"]}]),
        activities=stream_from([{"list": spec["activities"]}]),
    )
    page.deliverables = [
        Deliverable(
            locale=index.locale, title=item["title"], due_date=item["due_date"], status=item["status"]
        )
        for item in spec["deliverables"]
    ]
    index.add_child(instance=page)
    return publish(page)


def seed_news_page(index, spec, work_packages):
    existing = NewsPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    page = NewsPage(
        title=spec["title"],
        slug=spec["slug"],
        date=spec["date"],
        summary=spec["summary"],
        body=stream_from([{"paragraph": spec["body"]}]),
        related_work_package=work_packages.get(spec["work_package"]),
    )
    page.tags.add(*spec["tags"])
    index.add_child(instance=page)
    return publish(page)


def seed_project(log):
    """Partners and topics, then the work package and news sections, then their translations."""
    locale = source_locale()
    project, news = data.content("project"), data.content("news")
    home = HomePage.objects.get(locale=locale, depth=2)
    partners = seed_partners(locale, log)
    seed_topics(locale, log)

    wp_index = seed_index(home, WorkPackageIndexPage, project["work_package_index"])
    to_translate = [wp_index]
    work_packages = {}
    for spec in project["work_packages"]:
        work_packages[spec["slug"]] = seed_work_package(wp_index, spec, partners, project["demo_note"])
        to_translate.append(work_packages[spec["slug"]])

    news_index = seed_index(home, NewsIndexPage, news["index"])
    to_translate.append(news_index)
    to_translate.extend(seed_news_page(news_index, spec, work_packages) for spec in news["news"])

    call_command("sync_locale_trees")
    for page in to_translate:
        translate_missing(page, log)
