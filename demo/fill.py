"""The benchmark's fill-up: grow the seeded demo to N resources, news pages and events.

Run it on a throwaway database only (`make bench` does). Pages are copies of the first seeded
English item; resources get varied facets, frameworks and tags, like a real library.
"""

import itertools
import uuid

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from taggit.models import Tag
from wagtail.models import Locale, Page

from events.models import EventPage
from home.models import NewsPage
from ops import page_cache
from resources.choices import AUDIENCES, EQF_LEVELS, RESOURCE_TYPES
from resources.models import Framework, Resource, ResourceFramework, ResourceTag

BENCH_PREFIX = "bench-"


def fill_site(target, log):
    """Top up every item model (resources, news, events) to `target` English items."""
    fill_library(target)
    log(f"  resources.Resource: {target} items")
    for model in (NewsPage, EventPage):
        _fill_pages(model, target, log)
    page_cache.invalidate()


def _copy_values(source, model, skip):
    values = {}
    for field in model._meta.concrete_fields:
        if field.primary_key or field.name in skip or (field.is_relation and field.one_to_one):
            continue
        if field.model is Page:
            continue
        values[field.attname] = getattr(source, field.attname)
    return values


def _fill_pages(model, target, log):
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    items = model.objects.filter(locale=english)
    source = items.order_by("pk").first()
    if source is None:
        log(f"  {model._meta.label}: no seeded item to copy, skipped")
        return
    parent = source.get_parent()
    missing = target - items.count()
    now = timezone.now()
    values = _copy_values(source.specific, model, skip={"translation_key", "locale"})
    with transaction.atomic():
        for number in range(missing):
            page = model(
                **values,
                title=f"{source.title} ({number})",
                slug=f"{BENCH_PREFIX}{uuid.uuid4().hex[:12]}",
                locale=english,
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
            parent.add_child(instance=page)
    log(f"  {model._meta.label}: {target} pages")


def fill_library(count):
    """Bulk-create English resources up to `count` (not search-indexed: bulk_create skips signals).

    Returns how many were added.
    """
    missing = count - Resource.objects.count()
    if missing <= 0:
        return 0
    locale = Locale.get_default()
    frameworks = list(Framework.objects.filter(locale=locale))
    tags = [Tag.objects.get_or_create(name=f"bench-tag-{n}")[0] for n in range(50)]
    start = Resource.objects.filter(slug__startswith=BENCH_PREFIX).count()
    types = itertools.cycle(key for key, _label in RESOURCE_TYPES)
    audiences = [key for key, _label in AUDIENCES]
    levels = [key for key, _label in EQF_LEVELS]
    resources = [
        Resource(
            locale=locale,
            slug=f"{BENCH_PREFIX}{n}",
            title=f"Benchmark resource {n}",
            summary="Generated to measure the library with many entries.",
            resource_type=next(types),
            audiences=[audiences[n % 5], audiences[(n + 2) % 5]],
            eqf_levels=[levels[n % 8]],
            file_languages=["en"],
            external_url="https://example.org/",
        )
        for n in range(start, start + missing)
    ]
    Resource.objects.bulk_create(resources, batch_size=500)
    created = list(Resource.objects.filter(slug__startswith=BENCH_PREFIX).order_by("pk")[start:])
    ResourceFramework.objects.bulk_create(
        [
            ResourceFramework(resource=r, framework=frameworks[i % len(frameworks)], locale=locale)
            for i, r in enumerate(created)
        ],
        batch_size=500,
    )
    ResourceTag.objects.bulk_create(
        [ResourceTag(content_object=r, tag=tags[i % len(tags)]) for i, r in enumerate(created)],
        batch_size=500,
    )
    return len(created)
