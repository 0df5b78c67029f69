"""The "I would use this in <language>" form, for pages and library entries not (fully) translated."""

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import translation

from core.language_links import language_name

from ..forms import ReuseReportForm
from ..models import ReuseReport, TranslationRequest

register = template.Library()


@register.inclusion_tag("demand/request_form.html", takes_context=True)
def request_translation_form(context, item):
    """A plain POST form and the public count; nothing in the source language. One query."""
    language = translation.get_language()
    if item is None or language == settings.LANGUAGE_CODE or not getattr(item, "translation_key", None):
        return {"show": False}
    request = context.get("request")
    return {
        "show": True,
        "action": reverse("request_translation"),
        "type_id": ContentType.objects.get_for_model(item).pk,
        "key": item.translation_key,
        "next": request.get_full_path() if request else "",
        "language_name": language_name(language),
        "count": TranslationRequest.count_for(item.translation_key, language),
    }


@register.inclusion_tag("demand/reuse.html", takes_context=True)
def reuse_reports(context, resource, comments=3):
    """A library entry's approved use ("used 12 times in 2 countries": approved reports, which name
    no organisation), its latest approved comments and the "I used this tool" form."""
    request = context.get("request")

    summary, latest_comments = ReuseReport.objects.shown_on_entry(resource.translation_key, comments)
    return {
        "summary": summary,
        "comments": latest_comments,
        "form": ReuseReportForm(),
        "action": reverse("report_reuse"),
        "key": resource.translation_key,
        "next": request.get_full_path() if request else "",
    }
