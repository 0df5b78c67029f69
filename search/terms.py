"""Writing the site search's index of word forms (search.models.SearchTerm).

Each page (core.pages.BasePage) and library entry is analysed in its own language
(search/word_forms.py): every word of its title, summary, tags and text becomes its keys, each
kept once per object with the best field it appears in. Called by the search backend
(search/backend.py) whenever Wagtail indexes or unindexes an object, so publishing, translating,
`update_index` and bulk fills keep it current.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Locale

from core.pages import BasePage

from .models import SearchTerm
from .word_forms import text_keys

TITLE, SUMMARY, TEXT = 3, 2, 1
BATCH = 2_000  # rows per INSERT: under SQLite's limit of bound variables (6 a row)


def is_analysed(obj):
    Resource = apps.get_model("resources", "Resource")  # search builds on no content app

    return isinstance(obj, (BasePage, Resource))


def weighted_texts(obj):
    """[(weight, text)] of an object: what a visitor reads in it, the title first."""
    Resource = apps.get_model("resources", "Resource")  # search builds on no content app

    if isinstance(obj, Resource):
        frameworks = [f"{link.framework.acronym} {link.framework.name}" for link in obj.framework_links.all()]
        tags = [tag.name.replace("-", " ") for tag in obj.tags.all()]
        return [
            (TITLE, obj.title),
            (SUMMARY, obj.summary),
            (SUMMARY, " ".join([*frameworks, *tags])),
            (TEXT, f"{obj.description} {obj.publisher}"),
        ]
    return [
        (TITLE, obj.title),
        (SUMMARY, f"{obj.search_description} {getattr(obj, 'intro', '') or ''}"),
        (TEXT, obj.search_plain_text()),
    ]


def object_terms(obj, language):
    """{key: (weight, the word as written or "")} of one object analysed in `language`."""
    found = {}
    for weight, text in weighted_texts(obj):
        for key, written in text_keys(text, language).items():
            best, word = found.get(key, (0, ""))
            found[key] = (max(best, weight), word or written[:40])
    return found


def index_objects(objects):
    """(Re)write the word forms of `objects` (any indexed model; others are left alone)."""
    objects = [obj for obj in objects if is_analysed(obj) and obj.pk]
    if not objects:
        return
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    rows, by_type = [], {}
    for obj in objects:
        content_type = ContentType.objects.get_for_model(obj.__class__).pk
        by_type.setdefault(content_type, []).append(obj.pk)
        language = languages.get(obj.locale_id, "en")
        rows.extend(
            SearchTerm(
                content_type_id=content_type,
                object_id=obj.pk,
                locale_id=obj.locale_id,
                term=key,
                weight=weight,
                is_word=bool(written),
                written=written,
            )
            for key, (weight, written) in object_terms(obj, language).items()
        )
    with transaction.atomic():
        for content_type, pks in by_type.items():
            for start in range(0, len(pks), 500):
                SearchTerm.objects.filter(
                    content_type_id=content_type, object_id__in=pks[start : start + 500]
                ).delete()
        SearchTerm.objects.bulk_create(rows, batch_size=BATCH)


def unindex_object(obj):
    if obj.pk is not None and is_analysed(obj):
        content_type = ContentType.objects.get_for_model(obj.__class__).pk
        SearchTerm.objects.filter(content_type_id=content_type, object_id=obj.pk).delete()


def index_everything(log=None):
    """Analyse every page and library entry (what `manage.py update_index` also does)."""
    from wagtail.models import Page

    Resource = apps.get_model("resources", "Resource")  # search builds on no content app

    pages = Page.objects.specific().order_by("pk")
    entries = Resource.objects.order_by("pk").prefetch_related("tags", "framework_links__framework")
    for queryset in (pages, entries):
        pks = list(queryset.values_list("pk", flat=True))
        for start in range(0, len(pks), 500):
            index_objects(list(queryset.filter(pk__in=pks[start : start + 500])))
    if log:
        log(f"Search: analysed {SearchTerm.objects.count()} word forms")


def index_after_first_migration(sender, **kwargs):
    """A site migrated to the index of word forms gets it filled at once, not at the next
    `update_index`: after `migrate`, when the index is empty and there are pages to analyse."""
    from wagtail.models import Page

    if not SearchTerm.objects.exists() and Page.objects.filter(depth__gt=1).exists():
        index_everything(print if kwargs.get("verbosity", 1) else None)
