"""Visitors' demand from demo/content/demand.toml: translation requests and reports of use.

Seeded once: nothing is added when the demo already has any request or report, so running
seed_site again changes nothing."""

from wagtail.models import Page

from demand.models import ReuseReport, TranslationRequest
from resources.models import Resource

from .. import data
from ..engine import source_locale


def _item(spec):
    model = Resource if spec["kind"] == "resource" else Page
    return model.objects.filter(slug=spec["slug"], locale=source_locale()).first()


def seed_demand(log):
    if TranslationRequest.objects.exists() or ReuseReport.objects.exists():
        return
    specs = data.content("demand")
    for spec in specs["translation_requests"]:
        item = _item(spec)
        if item is None:
            continue
        item = item.specific if isinstance(item, Page) else item
        for language, count in spec["counts"].items():
            for _ in range(count):
                TranslationRequest.record(item, language)
    for spec in specs["reuse_reports"]:
        resource = Resource.objects.filter(slug=spec["slug"], locale=source_locale()).first()
        if resource is None:
            continue
        ReuseReport.objects.create(
            resource=resource,
            translation_key=resource.translation_key,
            language_code=spec["language"],
            country=spec["country"],
            organisation_type=spec["organisation_type"],
            learners=spec["learners"],
            comment=spec["comment"],
            status=spec["status"],
        )
    log("Seeded translation requests and reports of use")
