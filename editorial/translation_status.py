"""Where each page and each library resource stands in every language.

A state per object and language: "translated", "outdated" (the source changed after the last
sync, the translation has not been updated since, or some strings are still untranslated) or
"missing" (no translation, only an alias showing the source, or sent for translation with nothing
translated yet). A handful of queries in total,
whatever the number of objects: everything is fetched per model in bulk and joined in Python.

Add a translatable model with one line in TRACKED_MODELS.
"""

from dataclasses import dataclass, field
from types import SimpleNamespace

from django.apps import apps
from django.conf import settings
from django.db.models import IntegerField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

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


def translation_status(limit=None, offset=0, languages=None, sort="changed", *, with_links=True):
    """One ModelStatus per tracked model, each listing up to `limit` objects from `offset`, with a
    column per target language (only `languages`, when given: a translator sees theirs), in `sort`
    order (see source_objects). Without links (the public Languages page counts the states of
    everything), objects carry only the fields their state needs and states no URL or request
    count: 90,000 URL reversals and full rows at 10,000 items per model otherwise."""
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
        objects = list(objects) if with_links else _state_records(model, objects)
        # Every object listed: they are the total (no count query).
        total = len(objects) if end is None and not offset else queryset.count()
        # All of them: their keys as a subquery, not a list of thousands of query parameters.
        keys = queryset.values("translation_key") if end is None and not offset else None
        rows = status_rows(model, objects, source_locale, targets, with_links=with_links, keys=keys)
        statuses.append(ModelStatus(label, rows, total))
    return statuses


def _state_records(model, queryset):
    """What _language_state reads of each object (see _changed_at), as plain records: building
    30,000 model instances took a second."""
    fields = ["pk", "translation_key", "locale_id", "last_published_at"]
    if issubclass(model, Page):
        fields.append("latest_revision_created_at")
    return [SimpleNamespace(**row) for row in queryset.values(*fields)]


def _changed_at(obj):
    return getattr(obj, "last_published_at", None) or getattr(obj, "latest_revision_created_at", None)


def _translations_with_progress(sources):
    """Translations of these sources, each annotated with its segment total and translated count."""
    return translations_with_progress(
        Translation.objects.filter(source__in=sources, enabled=True), only_read=False
    )


def status_rows(model, objects, source_locale, targets, *, with_links=True, keys=None):
    """An ObjectStatus per object; `keys` are their translation keys, or a query of them."""
    if keys is None:
        keys = [obj.translation_key for obj in objects]
    is_page = issubclass(model, Page)
    copies = model.objects.filter(translation_key__in=keys).exclude(locale=source_locale)
    if is_page:
        copies = copies.filter(alias_of__isnull=True)
    if not with_links:
        copies = _state_records(model, copies)
    copies = {(copy.translation_key, copy.locale_id): copy for copy in copies}
    source_rows = TranslationSource.objects.filter(object_id__in=keys, locale=source_locale)
    sources = {source.object_id: source for source in source_rows}
    translations = {
        (translation.source_id, translation.target_locale_id): translation
        for translation in _translations_with_progress(source_rows)
    }
    requested = {}
    if with_links:
        listed = [obj.translation_key for obj in objects]
        requested = TranslationRequest.counts(listed, [locale.language_code for locale in targets])
    files = _file_languages(model, keys, source_locale)
    rows = []
    for obj in objects:
        source = sources.get(obj.translation_key)
        row = ObjectStatus(obj, _edit_url(obj) if with_links else "")
        for locale in targets:
            copy = copies.get((obj.translation_key, locale.pk))
            translation = translations.get((source.pk, locale.pk)) if source else None
            state = _language_state(obj, locale, copy, source, translation)
            if files.get(obj.translation_key) and locale.language_code not in files[obj.translation_key]:
                state = _without_file(state)
            if with_links:
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
