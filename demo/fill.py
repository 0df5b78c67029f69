"""The benchmark's fill-up: grow the seeded demo to N resources, news pages and events.

Run it on a throwaway database only (`make bench` does). Pages are copies of the first seeded
English item; resources get varied facets, frameworks and tags, like a real library.
"""

import itertools
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from taggit.models import Tag
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from caching.generation import content_changed
from events.models import EventPage
from home.models import NewsPage
from resources.choices import AUDIENCES, EQF_LEVELS, RESOURCE_TYPES
from resources.models import Framework, Resource, ResourceFile, ResourceFramework, ResourceTag

BENCH_PREFIX = "bench-"


def fill_site(target, log):
    """Top up every item model (resources, news, events) to `target` English items."""
    fill_library(target)
    log(f"  resources.Resource: {target} items")
    for model in (NewsPage, EventPage):
        _fill_pages(model, target, log)
    content_changed()
    # Bulk inserts leave the planner's statistics behind; a site that grew to this size has had
    # them refreshed, so the bench measures that site. On PostgreSQL its autovacuum also vacuums
    # a table after many inserts, which lets the search's covering indexes be read without the
    # table (index-only scans); a server with autovacuum off would otherwise be measured without.
    # VACUUM cannot run in a transaction (a test's): there, statistics only.
    vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")


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
    missing = target - items.count()
    if missing > 0:
        values = _copy_values(source.specific, model, skip={"translation_key", "locale", "draft_title"})
        now = timezone.now()
        pages = []
        for number in range(missing):
            page = model(**values, title=f"{source.title} ({number})", locale=english)
            page.slug = f"{BENCH_PREFIX}{uuid.uuid4().hex[:12]}"
            page.live, page.first_published_at, page.last_published_at = True, now, now
            _spread_in_time(page, number)
            pages.append(page)
        bulk_add_children(source.get_parent(), pages)
    log(f"  {model._meta.label}: {target} pages")


def _spread_in_time(page, number):
    """Events spread over ten years around today (most in the past, as on a real site), so the
    calendar and the upcoming list hold a realistic share of them, not all 10,000."""
    if hasattr(page, "start") and hasattr(page, "end"):
        length = page.end - page.start
        page.start = timezone.now() + timedelta(
            days=365 * 2 - (number * 7919) % (365 * 10), hours=number % 24
        )
        page.end = page.start + length


def bulk_add_children(parent, pages):
    """Add `pages` (unsaved, of one specific model) as the last children of `parent`, in a few
    INSERTs per table instead of Page.add_child's several queries each (treebeard paths are
    computed here, as add_child would), then index them for search in bulk.

    Like add_child it sends no page_published signal and creates no revision (wagtail-localize
    aliases are made by the admin's after_create_page hook, which add_child does not run either).
    """
    model = type(pages[0])
    parent = Page.objects.get(pk=parent.pk)
    last = parent.get_last_child()
    position = Page._str2int(last.path[-Page.steplen :]) if last else 0
    content_type = ContentType.objects.get_for_model(model)
    for page in pages:
        position += 1
        page.path = Page._get_path(parent.path, parent.depth + 1, position)
        page.depth, page.numchild = parent.depth + 1, 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.content_type = content_type
        page.translation_key = uuid.uuid4()
    with transaction.atomic():
        rows = [
            Page(**{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields})
            for page in pages
        ]
        Page.objects.bulk_create(rows, batch_size=_batch_size(Page))
        # Multi-table inheritance: each concrete ancestor below Page has its own table, keyed by the page id.
        chain = [m for m in reversed(model._meta.get_parent_list()) if m is not Page] + [model]
        for page, row in zip(pages, rows, strict=True):
            for table_model in [Page, *chain]:
                setattr(page, table_model._meta.pk.attname, row.pk)
            page._state.adding = False
        for table_model in chain:
            fields = table_model._meta.local_concrete_fields
            size = _batch_size(table_model)
            for start in range(0, len(pages), size):
                table_model._base_manager._insert(
                    pages[start : start + size], fields=fields, using=connection.alias
                )
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    get_search_backend().add_bulk(model, pages)


def _batch_size(model):
    """Rows per INSERT that stay under SQLite's limit of bound variables per statement."""
    return max(1, 30_000 // len(model._meta.local_concrete_fields))


def fill_library(count):
    """Bulk-create English resources up to `count`, and index them for search in bulk.

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
    ResourceFile.objects.bulk_create(
        [
            ResourceFile(resource=r, language=locale.language_code, url="https://example.org/")
            for r in created
        ],
        batch_size=500,
    )
    ResourceTag.objects.bulk_create(
        [ResourceTag(content_object=r, tag=tags[i % len(tags)]) for i, r in enumerate(created)],
        batch_size=500,
    )
    indexed = Resource.objects.filter(pk__in=[r.pk for r in created]).prefetch_related(
        "framework_links__framework", "tags"
    )
    for start in range(0, len(created), 1000):
        get_search_backend().add_bulk(Resource, list(indexed[start : start + 1000]))
    return len(created)
