"""What a visitor really reads when they open a page or library entry in a language.

One of three states per object (a page or translatable snippet, in its own locale):
- NOT_TRANSLATED: an alias showing the source, or a translation whose strings are all still
  untranslated (sent for translation, nothing done yet). The visitor reads the source language.
- PARTLY_TRANSLATED: some strings translated; the rest shows in the source language.
- TRANSLATED: every string translated, the source itself, or a translation edited by hand.

`readings(objects)` decides it for a whole list in one query (never one per object) and remembers
it on each object, so templates and views ask `reading_of(obj)` for free afterwards. A listing that
only shows its items later calls `expect_readings(items)`: the next decision in the request (the
language switcher's, usually) takes them along, so a page decides every reading it shows at once.
Which strings of a partly translated text are still in the source language is read only when a
template asks (`untranslated_paths`).
"""

import functools
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from core import built_once
from core.locales import locales_by_code
from core.request_memo import remembered

NOT_TRANSLATED, PARTLY_TRANSLATED, TRANSLATED = "not_translated", "partly_translated", "translated"

# Fields a visitor never reads on the page: they count in the admin's translation status only.
UNREAD_PATHS = ("slug", "search_description")

_REMEMBERED = "_languages_reading"


@dataclass(frozen=True)
class Reading:
    """The state of one object in its locale, the language its text is in, and how complete it is."""

    state: str
    language: str
    percent: int = 100
    # When the source was published again after this translation was last synced (else None).
    source_updated_at: object = None
    # Strings the visitor reads that a machine translated and no translator has confirmed since.
    machine_translated: int = 0
    # Finds the content paths (e.g. "body.<block id>") whose strings still show the source language.
    find_untranslated_paths: object = field(default=None, compare=False, repr=False)

    @property
    def untranslated_paths(self):
        return self.find_untranslated_paths() if self.find_untranslated_paths else frozenset()

    @property
    def has_notice(self):
        """Whether the visitor is told something about the text's translation."""
        return self.state != TRANSLATED or bool(self.source_updated_at) or bool(self.machine_translated)

    @property
    def is_translation(self):
        """True where the visitor reads (at least partly) the language of the URL."""
        return self.state != NOT_TRANSLATED

    @property
    def untranslated_blocks(self):
        """Ids of StreamField blocks still (wholly or partly) in the source language."""
        return frozenset(path.split(".")[1] for path in self.untranslated_paths if path.count(".") >= 1)


def read_segments(segments):
    """The segments of `segments` a visitor reads (not the slug, not the search description)."""
    return segments.exclude(context__path__in=UNREAD_PATHS)


def translations_with_progress(translations, *, only_read=True):
    """These Translation rows, each annotated with its segment total and translated count: of the
    strings a visitor reads, or (only_read=False, the admin's status) of every string."""
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id"))
    if only_read:
        segments = read_segments(segments)
    done = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")),
        has_error=False,
    )

    def counted(queryset):
        subquery = queryset.values("source_id").annotate(n=Count("pk")).values("n")
        return Coalesce(Subquery(subquery, output_field=IntegerField()), 0)

    machine = done.filter(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)
    translations = translations.annotate(
        total_segments=counted(segments),
        translated_segments=counted(segments.filter(Exists(done))),
        machine_segments=counted(segments.filter(Exists(machine))),
    )
    if not only_read:  # the admin also tells apart what is left in the fields visitors read
        read = read_segments(segments)
        translations = translations.annotate(
            read_total_segments=counted(read), read_translated_segments=counted(read.filter(Exists(done)))
        )
    return translations


def not_translated(model):
    """A filter (for .filter/.exclude) matching objects of `model` a visitor would read in the source
    language: aliases, and translations with strings a visitor reads of which none is translated yet."""
    segments = read_segments(StringSegment.objects.filter(source_id=OuterRef("source_id")))
    done = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")),
        has_error=False,
    )
    empty_translation = (
        Translation.objects.filter(
            source__object_id=OuterRef("translation_key"),
            target_locale_id=OuterRef("locale_id"),
            enabled=True,
        )
        .filter(Exists(segments))
        .exclude(Exists(segments.filter(Exists(done))))
    )
    condition = Q(Exists(empty_translation))
    if issubclass(model, Page):
        condition |= Q(alias_of__isnull=False)
    return condition


def _family(obj):
    return Page if isinstance(obj, Page) else type(obj)


def _expected():
    """This request's objects whose readings a listing will show (empty outside a request)."""
    return remembered("expected-readings", list)


def expect_readings(objects):
    """Decide these objects' readings with the next ones the request decides (one query for all)."""
    _expected().extend(obj for obj in objects if obj is not None)


def readings(objects):
    """{object pk: Reading} for pages or snippets of one model family, in one query (with what the
    request expects of the same family)."""
    objects = [obj for obj in objects if obj is not None]
    pending = [obj for obj in objects if not hasattr(obj, _REMEMBERED)]
    if pending:
        expected = _expected()
        family = _family(pending[0])
        pending += [obj for obj in expected if _family(obj) is family and not hasattr(obj, _REMEMBERED)]
        expected[:] = [obj for obj in expected if _family(obj) is not family]
        _decide(list({id(obj): obj for obj in pending}.values()))
    return {obj.pk: getattr(obj, _REMEMBERED) for obj in objects}


def reading_of(obj):
    """The Reading of one object (batched already if it came through `readings`)."""
    if not hasattr(obj, _REMEMBERED):
        readings([obj])
    return getattr(obj, _REMEMBERED)


def _decide(objects):
    codes = _locale_codes(objects)
    alias_languages = _alias_languages(objects)
    translations = _translations_of(
        [
            obj
            for obj in objects
            if not getattr(obj, "alias_of_id", None) and codes[obj.locale_id] != settings.LANGUAGE_CODE
        ],
        Page if isinstance(objects[0], Page) else type(objects[0]),
    )
    for obj in objects:
        own = codes[obj.locale_id]
        if getattr(obj, "alias_of_id", None):
            reading = Reading(NOT_TRANSLATED, alias_languages.get(obj.alias_of_id, own), percent=0)
        else:
            reading = _reading_from(translations.get((obj.translation_key, obj.locale_id)), own)
        setattr(obj, _REMEMBERED, reading)


def _locale_codes(objects):
    """{locale id: language code}, from the request's locales (core.locales)."""
    return {locale.pk: code for code, locale in locales_by_code().items()}


def _alias_languages(objects):
    ids = {obj.alias_of_id for obj in objects if getattr(obj, "alias_of_id", None)}
    if not ids:
        return {}
    return dict(Page.objects.filter(pk__in=ids).values_list("pk", "locale__language_code"))


def _with_progress(model, keys, locale_ids):
    """The enabled translations of objects of `model` with these translation keys into these
    locales, with their progress and, for models with drafts, `source_published_at` (when the source
    object was last published)."""
    queryset = Translation.objects.filter(
        source__object_id__in=keys, target_locale_id__in=locale_ids, enabled=True
    ).select_related("source__locale")
    if any(f.name == "last_published_at" for f in model._meta.get_fields()):
        published = model.objects.filter(
            translation_key=OuterRef("source__object_id"), locale_id=OuterRef("source__locale_id")
        ).values("last_published_at")[:1]
        queryset = queryset.annotate(source_published_at=Subquery(published))
    return translations_with_progress(queryset)


def _translations_of(objects, model):
    """{(translation key, target locale id): Translation with progress} for these objects."""
    if not objects:
        return {}
    found = {
        (translation.source.object_id, translation.target_locale_id): translation
        # Its SQL built once per process (core.built_once): building it cost more than running it.
        for translation in built_once.fetch(
            _with_progress,
            sorted({obj.translation_key for obj in objects}),
            sorted({obj.locale_id for obj in objects}),
            shape=(model,),
        )
    }
    partial = [t for t in found.values() if 0 < t.translated_segments < t.total_segments]
    paths = _LazyPaths(partial)
    for translation in partial:
        translation.find_untranslated_paths = functools.partial(paths.of, translation)
    return found


class _LazyPaths:
    """The untranslated paths of a batch of partial translations, read for all of them on first use
    (a listing shows only how much is translated, never which strings are not)."""

    def __init__(self, translations):
        self.translations = translations
        self.found = None

    def of(self, translation):
        if self.found is None:
            self.found = _untranslated_paths(self.translations)
        return self.found.get(translation, frozenset())


def _untranslated_paths(translations):
    """{translation: frozenset of content paths with an untranslated string}, in two queries."""
    if not translations:
        return {}
    segments = list(
        read_segments(
            StringSegment.objects.filter(source_id__in={t.source_id for t in translations})
        ).values_list("source_id", "string_id", "context_id", "context__path")
    )
    done = set(
        StringTranslation.objects.filter(
            translation_of_id__in={row[1] for row in segments},
            locale_id__in={t.target_locale_id for t in translations},
            has_error=False,
        ).values_list("translation_of_id", "context_id", "locale_id")
    )
    paths = {}
    for translation in translations:
        paths[translation] = frozenset(
            path
            for source_id, string_id, context_id, path in segments
            if source_id == translation.source_id
            and (string_id, context_id, translation.target_locale_id) not in done
        )
    return paths


def _reading_from(translation, own_language):
    if translation is None or not translation.total_segments:
        return Reading(TRANSLATED, own_language)
    done, total = translation.translated_segments, translation.total_segments
    source_language = translation.source.locale.language_code
    if done == 0:
        return Reading(NOT_TRANSLATED, source_language, percent=0)
    published = getattr(translation, "source_published_at", None)
    notes = {
        "source_updated_at": published
        if published and published > translation.source.last_updated_at
        else None,
        "machine_translated": translation.machine_segments,
    }
    if done >= total:
        return Reading(TRANSLATED, own_language, **notes)
    percent = min(99, int(done * 100 / total))
    return Reading(
        PARTLY_TRANSLATED,
        own_language,
        percent=percent,
        find_untranslated_paths=getattr(translation, "find_untranslated_paths", None),
        **notes,
    )
