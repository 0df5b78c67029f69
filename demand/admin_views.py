"""Admin reports of demand: the most requested translations per language."""

import django_filters

from django.apps import apps
from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy

from exports.reports import SpreadsheetReportView

from .models import TranslationRequest


def translation_languages():
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class RequestFilterSet(WagtailFilterSet):
    language_code = django_filters.ChoiceFilter(label=_("Language"), choices=translation_languages)

    class Meta:
        model = TranslationRequest
        fields = ["language_code"]


def with_source_titles(queryset):
    """Each row with the English title of the page or library entry it counts (one query)."""
    source = Locale.get_default()
    resource_model = apps.get_model("resources", "Resource")
    titles = [
        model.objects.filter(translation_key=OuterRef("translation_key"), locale=source).values("title")[:1]
        for model in (Page, resource_model)
    ]
    return queryset.annotate(title=Coalesce(*(Subquery(title) for title in titles)))


class TranslationRequestReportView(SpreadsheetReportView):
    """What visitors most want translated, per language: one row per item and language."""

    page_title = _("Most requested translations")
    header_icon = "wagtail-localize-language"
    url_path = "reports/translation-requests/"
    index_url_name = "translation_requests_report"
    filename = "translation-requests"
    what_is_counted = _(
        'Counted: a visitor\'s click on "I would use this in my language" on a page or library entry not translated into that language, once per visitor, item, language and day. Not counted: bots, prefetches, repeated clicks. No address or browser detail is stored.'
    )
    filterset_class = RequestFilterSet
    permission_policy = ModelPermissionPolicy(TranslationRequest)
    permission_required = "view"
    fields = {
        "title": _("Item (English)"),
        "content_type": _("Kind"),
        "language_code": _("Language"),
        "count": _("Requests"),
        "last_requested": _("Last requested"),
    }

    def get_queryset(self):
        rows = TranslationRequest.objects.select_related("content_type")
        return with_source_titles(rows).order_by("-count", "language_code", "pk")
