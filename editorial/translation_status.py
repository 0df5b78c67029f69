"""Where each page and each library resource stands in every language.

A state per object and language: "translated", "outdated" (the source changed after the last
sync, the translation has not been updated since, or some strings are still untranslated) or
"missing" (no translation, only an alias showing the source, or sent for translation with nothing
translated yet). A handful of queries in total,
whatever the number of objects: everything is fetched per model in bulk and joined in Python.

Add a translatable model with one line in TRACKED_MODELS.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db.models import Case, Count, Exists, F, IntegerField, OuterRef, Q, Subquery, Sum, Value, When
from django.db.models.functions import Coalesce
from django.db.models.lookups import Exact, GreaterThan, LessThan
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from core import built_once
from core.locales import locales_by_code
from core.translation_state import translations_with_progress
from demand.models import TranslationRequest

TRACKED_MODELS = [("wagtailcore.Page", _("Pages")), ("resources.Resource", _("Library resources"))]

TRANSLATED, OUTDATED, MISSING = "translated", "outdated", "missing"
STATE_LABELS = {TRANSLATED: _("Translated"), OUTDATED: _("Out of date"), MISSING: _("Missing")}


@dataclass
class LanguageState:
    locale: Locale
    state: str
    url: str = ""
    sync_url: str = ""
    requested: int = 0  # visitors who asked for it in this language (demand.TranslationRequest)
    file_missing: bool = False  # a library entry with files, none of them in this language
    # Only fields visitors never read (slug, search description) are left: the public site counts
    # the page as translated, the admin says what is left.
    only_unread_left: bool = False
    # Strings translated by machine that no translator has confirmed (visitors are told so).
    machine_unreviewed: int = 0
    # Sent for translation: a copy exists that a translator edits, even with nothing translated yet.
    sent: bool = False

    @property
    def label(self):
        return _("File missing") if self.file_missing else STATE_LABELS[self.state]


@dataclass
class ObjectStatus:
    obj: object
    edit_url: str
    languages: list = field(default_factory=list)


@dataclass
class ModelStatus:
    label: str
    rows: list
    total: int


def tracked_models():
    return [(apps.get_model(model_label), label) for model_label, label in TRACKED_MODELS]


SORTS = ("changed", "requested")


def source_objects(model, source_locale, sort="changed", languages=None):
    """Live objects written in the source language, most recently changed first, or (sort="requested")
    most requested by visitors in `languages` (all when None) first. Drafts never published and
    scheduled pages are left out: there is nothing to translate yet (autosave makes such drafts)."""
    queryset = model.objects.filter(locale=source_locale)
    if any(f.name == "live" for f in model._meta.get_fields()):
        queryset = queryset.filter(live=True)
    if issubclass(model, Page):
        queryset = queryset.filter(depth__gt=1)
        recent = ["-latest_revision_created_at", "path"]
    else:
        recent = ["-pk"]
    if sort == "requested":
        requests = TranslationRequest.objects.filter(translation_key=OuterRef("translation_key"))
        if languages is not None:
            requests = requests.filter(language_code__in=languages)
        total = requests.order_by().values("translation_key").annotate(total=Sum("count")).values("total")
        queryset = queryset.annotate(requested=Coalesce(Subquery(total, output_field=IntegerField()), 0))
        return queryset.order_by("-requested", *recent)
    return queryset.order_by(*recent)


def largest_total():
    """The number of source objects of the most numerous tracked model (for paginating them together)."""
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    return max(
        (source_objects(model, source_locale).count() for model, _label in tracked_models()), default=0
    )


def translation_status(limit=None, offset=0, languages=None, sort="changed"):
    """One ModelStatus per tracked model, each listing up to `limit` objects from `offset`, with a
    column per target language (only `languages`, when given: a translator sees theirs), in `sort`
    order (see source_objects). The public Languages page counts the same states in the database
    (state_counts)."""
    locales = locales_by_code()  # the request's locales, read once (core.locales)
    if settings.LANGUAGE_CODE not in locales:
        raise Locale.DoesNotExist(f"No locale for the source language {settings.LANGUAGE_CODE!r}.")
    source_locale = locales[settings.LANGUAGE_CODE]
    targets = [
        locales[code]
        for code in sorted(locales)
        if code != settings.LANGUAGE_CODE and (languages is None or code in languages)
    ]
    statuses = []
    for model, label in tracked_models():
        queryset = source_objects(model, source_locale, sort, languages)
        end = None if limit is None else offset + limit
        objects = queryset[offset:end]
        objects = list(objects)
        # Every object listed: they are the total (no count query).
        total = len(objects) if end is None and not offset else queryset.count()
        # All of them: their keys as a subquery, not a list of thousands of query parameters.
        keys = queryset.values("translation_key") if end is None and not offset else None
        rows = status_rows(model, objects, source_locale, targets, keys=keys)
        statuses.append(ModelStatus(label, rows, total))
    return statuses


def state_counts():
    """[(label, total, {language code: {state: objects}})] per tracked model: the states
    translation_status() gives every object, counted by the database in two queries per model (the
    public Languages page: reading every object's state into Python grew with the content)."""
    locales = locales_by_code()
    source_locale = locales[settings.LANGUAGE_CODE]
    targets = [locale for code, locale in sorted(locales.items()) if code != settings.LANGUAGE_CODE]
    codes = [locale.language_code for locale in targets]
    counted = []
    for model, label in tracked_models():
        locale_keys = tuple((locale.pk, locale.language_code) for locale in (source_locale, *targets))
        total = built_once.Listing(_sources, shape=(model, locale_keys[0])).count()
        # Only objects with a copy in some language are asked their states: the others are
        # missing everywhere, and working out their states grew with the content.
        by_code = {code: {**dict.fromkeys(STATE_LABELS, 0), MISSING: total} for code in codes}
        for *states, objects in built_once.fetch(_states_counted, shape=(model, *locale_keys)):
            for code, state in zip(codes, states, strict=True):
                by_code[code][MISSING] -= objects
                by_code[code][state] += objects
        counted.append((str(label), total, by_code))
    return counted


def _sources(model, source):
    """`model`'s source objects (source: (locale id, language code)), for counting them."""
    return source_objects(model, Locale(pk=source[0], language_code=source[1]))


def _states_counted(model, source, *targets):
    """`model`'s source objects that have a copy in some target language, counted by their state in
    each target language (source and targets: (locale id, language code)), grouped by every
    language's state at once so each object's states are worked out once."""
    source_locale = Locale(pk=source[0], language_code=source[1])
    locales = [Locale(pk=pk, language_code=code) for pk, code in targets]
    states = {f"state_{locale.pk}": _state_expression(model, source_locale, locale) for locale in locales}
    # One condition per language: each finds its copies through the index by language, where
    # one list of languages was read as most of the table (the planner counts a language's rows as
    # a quarter of them, when almost all are in the source language).
    with_copy = Q()
    for locale in locales:
        copies = model.objects.filter(locale=locale)
        if issubclass(model, Page):
            copies = copies.filter(alias_of__isnull=True)
        with_copy |= Q(translation_key__in=copies.values("translation_key"))
    return (
        source_objects(model, source_locale)
        .filter(with_copy)
        .order_by()
        .annotate(**states)
        .values_list(*states)
        .annotate(objects=Count("pk"))
    )


def _state_expression(model, source_locale, locale):
    """The state of each source object in `locale`, as SQL: what _language_state and _without_file
    decide from the rows status_rows reads (tests/languages keep the two in step)."""
    copies = model.objects.filter(translation_key=OuterRef("translation_key"), locale=locale)
    if issubclass(model, Page):
        copies = copies.filter(alias_of__isnull=True)
    source = TranslationSource.objects.filter(object_id=OuterRef("translation_key"), locale=source_locale)
    translation = translations_with_progress(
        Translation.objects.filter(
            source__object_id=OuterRef("translation_key"),
            source__locale=source_locale,
            target_locale=locale,
            enabled=True,
        ),
        only_read=False,
    )
    source_updated = Subquery(source.values("last_updated_at")[:1])
    total = Subquery(translation.values("total_segments")[:1])
    done = Subquery(translation.values("translated_segments")[:1])
    copy_changed = Subquery(copies.annotate(changed=_changed_at_expression(model)).values("changed")[:1])
    # NULL compares as neither greater nor less, as None fails the `and` in _language_state.
    outdated = (
        Q(GreaterThan(_changed_at_expression(model), source_updated))
        | Q(LessThan(copy_changed, source_updated))
        | Q(LessThan(done, total))
    )
    translated = Value(TRANSLATED)
    if model._meta.label == "resources.Resource":
        files = apps.get_model("resources.ResourceFile").objects.filter(resource=OuterRef("pk"))
        file_missing = Q(Exists(files)) & ~Q(Exists(files.filter(language=locale.language_code)))
        translated = Case(When(file_missing, then=Value(OUTDATED)), default=Value(TRANSLATED))
    return Case(
        When(~Q(Exists(copies)), then=Value(MISSING)),
        When(Q(GreaterThan(total, 0)) & Q(Exact(done, 0)), then=Value(MISSING)),
        When(Q(Exists(source)) & Q(Exists(translation)) & outdated, then=Value(OUTDATED)),
        default=translated,
    )


def _changed_at_expression(model):
    """_changed_at as SQL: when the object was last published, else its latest revision."""
    if issubclass(model, Page):
        return Coalesce("last_published_at", "latest_revision_created_at")
    return F("last_published_at")


def _changed_at(obj):
    return getattr(obj, "last_published_at", None) or getattr(obj, "latest_revision_created_at", None)


def _translations_with_progress(sources):
    """Translations of these sources, each annotated with its segment total and translated count."""
    return translations_with_progress(
        Translation.objects.filter(source__in=sources, enabled=True), only_read=False
    )


def status_rows(model, objects, source_locale, targets, *, keys=None):
    """An ObjectStatus per object; `keys` are their translation keys, or a query of them."""
    if keys is None:
        keys = [obj.translation_key for obj in objects]
    is_page = issubclass(model, Page)
    copies = model.objects.filter(translation_key__in=keys).exclude(locale=source_locale)
    if is_page:
        copies = copies.filter(alias_of__isnull=True)
    copies = {(copy.translation_key, copy.locale_id): copy for copy in copies}
    source_rows = TranslationSource.objects.filter(object_id__in=keys, locale=source_locale)
    sources = {source.object_id: source for source in source_rows}
    translations = {
        (translation.source_id, translation.target_locale_id): translation
        for translation in _translations_with_progress(source_rows)
    }
    listed = [obj.translation_key for obj in objects]
    requested = TranslationRequest.counts(listed, [locale.language_code for locale in targets])
    files = _file_languages(model, keys, source_locale)
    rows = []
    for obj in objects:
        source = sources.get(obj.translation_key)
        row = ObjectStatus(obj, _edit_url(obj))
        for locale in targets:
            copy = copies.get((obj.translation_key, locale.pk))
            translation = translations.get((source.pk, locale.pk)) if source else None
            state = _language_state(obj, locale, copy, source, translation)
            if files.get(obj.translation_key) and locale.language_code not in files[obj.translation_key]:
                state = _without_file(state)
            state = _with_links(state, obj, copy, source)
            state.requested = requested.get((obj.translation_key, locale.language_code), 0)
            row.languages.append(state)
        rows.append(row)
    return rows


def _file_languages(model, keys, source_locale):
    """{translation key: {language codes of its attached files}} for library entries, else {}."""
    if model._meta.label != "resources.Resource":
        return {}
    found = {}
    rows = apps.get_model("resources.ResourceFile").objects.filter(
        resource__translation_key__in=keys, resource__locale=source_locale
    )
    for key, code in rows.values_list("resource__translation_key", "language"):
        found.setdefault(key, set()).add(code)
    return found


def _without_file(state):
    """A translated entry whose file does not exist in its language is not done: out of date."""
    if state.state != MISSING:
        state.file_missing = True
        state.state = OUTDATED if state.state == TRANSLATED else state.state
    return state


def _with_links(state, obj, copy, source):
    """The state with where an editor acts on it: submit, edit the copy, sync it."""
    if copy is None:
        state.url = _submit_url(obj)
        return state
    state.url = _edit_url(copy)
    state.sent = True
    if state.state == OUTDATED:
        state.sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    return state


def _language_state(obj, locale, copy, source, translation):
    if copy is None:
        return LanguageState(locale, MISSING)
    if translation is not None and translation.total_segments and not translation.translated_segments:
        # Sent for translation, nothing translated yet: it still reads in English.
        return LanguageState(locale, MISSING)
    state = TRANSLATED
    if source is not None and translation is not None:
        source_changed = _changed_at(obj)
        copy_synced = _changed_at(copy)
        if (
            (source_changed and source_changed > source.last_updated_at)
            or (copy_synced and copy_synced < source.last_updated_at)
            or translation.translated_segments < translation.total_segments
        ):
            state = OUTDATED
    only_unread_left = (
        translation is not None
        and translation.translated_segments < translation.total_segments
        and translation.read_translated_segments >= translation.read_total_segments
    )
    machine = translation.machine_segments if translation is not None else 0
    return LanguageState(locale, state, only_unread_left=only_unread_left, machine_unreviewed=machine)


def _edit_url(obj):
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    return reverse(f"wagtailsnippets_{obj._meta.app_label}_{obj._meta.model_name}:edit", args=[obj.pk])


def _submit_url(obj):
    if isinstance(obj, Page):
        return reverse("wagtail_localize:submit_page_translation", args=[obj.pk])
    meta = obj._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, obj.pk]
    )
