"""The public "I would use this in my language" form's target: count once, thank, lead back."""

import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from wagtail.models import Locale, Page

from core.translation_state import TRANSLATED, reading_of

from .forms import ReuseReportForm
from .guards import first_today_from_this_address, from_this_site, is_person, within_rate
from .models import TranslationRequest

REQUESTABLE = {"resources.resource"}  # besides every page type


def requested_item(content_type_id, key):
    """The source-language page or library entry a form names, or None."""
    try:
        content_type = ContentType.objects.get_for_id(int(content_type_id))
        key = uuid.UUID(str(key))
    except (ValueError, TypeError, ContentType.DoesNotExist):
        return None
    model = content_type.model_class()
    if model is None or not (issubclass(model, Page) or model._meta.label_lower in REQUESTABLE):
        return None
    return model.objects.filter(translation_key=key, locale=Locale.get_default()).first()


def is_translated_into(item, language_code):
    copy = item.get_translation_or_none(Locale.objects.get(language_code=language_code))
    return (
        copy is not None
        and getattr(copy, "alias_of_id", None) is None
        and reading_of(copy).state == TRANSLATED
    )


def _back(request):
    target = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure())
    return target if safe and target.startswith("/") else f"/{request.LANGUAGE_CODE}/"


@csrf_exempt  # no token, so pages keep being cached: from_this_site() checks the origin (guards.py)
@require_POST
def request_translation(request):
    """Count one visitor's wish to read an item in the URL's language; at most once a day each."""
    language = request.LANGUAGE_CODE
    item = requested_item(request.POST.get("type"), request.POST.get("key"))
    context = {"back_url": _back(request), "item": item}
    if item is None or language == settings.LANGUAGE_CODE or not from_this_site(request):
        return TemplateResponse(request, "demand/refused.html", context, status=400)
    if not is_person(request):
        return TemplateResponse(request, "demand/refused.html", context, status=403)
    if not within_rate(request, "translation"):
        return TemplateResponse(request, "demand/refused.html", {**context, "too_many": True}, status=429)
    if is_translated_into(item, language):
        context["already_translated"] = True
    elif first_today_from_this_address(request, f"translation-request:{item.translation_key}:{language}"):
        TranslationRequest.record(item, language)
    context["count"] = TranslationRequest.count_for(item.translation_key, language)
    return TemplateResponse(request, "demand/thanks.html", context)


def reported_entry(key, language_code):
    """The live library entry a reuse form names, as the visitor's library shows it, or None."""
    try:
        key = uuid.UUID(str(key))
    except ValueError:
        return None
    resource_model = ContentType.objects.get_by_natural_key("resources", "resource").model_class()
    locale = Locale.objects.get(language_code=language_code)
    return resource_model.objects.in_library_of(locale).filter(translation_key=key).first()


@csrf_exempt  # see request_translation
@require_POST
def report_reuse(request):
    """Store one visitor's report of using a library entry, pending moderation; once a day each."""
    resource = reported_entry(request.POST.get("key"), request.LANGUAGE_CODE)
    context = {"back_url": _back(request), "item": resource}
    if resource is None or not from_this_site(request):
        return TemplateResponse(request, "demand/refused.html", context, status=400)
    if not is_person(request):
        return TemplateResponse(request, "demand/refused.html", context, status=403)
    if not within_rate(request, "reuse"):
        return TemplateResponse(request, "demand/refused.html", {**context, "too_many": True}, status=429)
    form = ReuseReportForm(request.POST)
    if not form.is_valid():  # the form again, with what they typed and what to correct
        context.update(form=form, key=resource.translation_key, next=context["back_url"])
        return TemplateResponse(request, "demand/reuse_form_page.html", context, status=400)
    context["counted"] = first_today_from_this_address(request, f"reuse:{resource.translation_key}")
    if context["counted"]:
        form.instance.resource = resource
        form.instance.translation_key = resource.translation_key
        form.instance.language_code = request.LANGUAGE_CODE
        form.save()
    return TemplateResponse(request, "demand/reuse_thanks.html", context)
