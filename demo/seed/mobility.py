"""The mobility stories index and the demo stories, linked to library tools and work packages."""

from django.core.management import call_command

from home.models import HomePage, WorkPackagePage
from mobility.models import MobilityIndexPage, MobilityPage, MobilityTool
from resources.models import Resource

from .. import data
from ..engine import ensure_page, publish, source_locale, stream_from, translate_missing


def seed_story(index, spec, locale):
    existing = MobilityPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    work_package = WorkPackagePage.objects.filter(locale=locale, slug=spec["work_package"]).first()
    page = MobilityPage(
        title=spec["title"],
        slug=spec["slug"],
        intro=spec["intro"],
        role=spec["role"],
        sending_organisation=spec["sending_organisation"],
        sending_country=spec["sending_country"],
        host_organisation=spec["host_organisation"],
        host_country=spec["host_country"],
        start_date=spec["start_date"],
        end_date=spec["end_date"],
        learned=stream_from([{"paragraph": text} for text in spec["learned"]]),
        work_package=work_package,
    )
    for tool in spec["tools"]:
        resource = Resource.objects.filter(locale=locale, slug=tool["resource"]).first()
        if resource is not None:
            page.tools.add(MobilityTool(locale=locale, resource=resource, note=tool["note"]))
    index.add_child(instance=page)
    return publish(page)


def seed_mobility(log):
    content = data.content("mobility")
    locale = source_locale()
    home = HomePage.objects.get(locale=locale, depth=2)
    spec = content["index"]
    index, _created = ensure_page(
        home, MobilityIndexPage, spec["slug"], title=spec["title"], intro=spec["intro"]
    )
    stories = [seed_story(index, story, locale) for story in content["stories"]]
    call_command("sync_locale_trees")
    translate_missing(index, log)
    for story in stories:
        translate_missing(story, log)
    return index
