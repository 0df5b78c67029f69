"""Translators work on their own languages only, in every wagtail-localize and snippet view.

Wagtail's snippet permissions are per model, not per language, and wagtail-localize checks them
per model too: without this, a translator of Albanian could download, upload, machine-translate
or edit the strings of the Italian translation of a library entry by its address, or open its
history, usage, revisions, workflow or unpublish views. Page translations are already kept apart
by the per-language page permissions. Internal reports that are not theirs are refused outright.
"""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation

from .permissions import can_publish, is_staff_request
from .setup import is_editor, translator_languages

# Reports about every language and every visitor: for editors, not for one language's translators.
EDITOR_ONLY_VIEWS = {
    "resource_downloads",
    "resource_downloads_results",
    "wagtail_localize:translations_report",
    "wagtail_localize:translations_report_results",
}


class TranslatorLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_staff_request(request):
            return None
        match = request.resolver_match
        user = request.user
        if not user.is_authenticated:
            return None
        snippet_model = snippet_model_of(match)
        if snippet_model and "pk" in view_kwargs and request.method == "POST":
            refusal = refuse_restart_unless_publisher(request, snippet_model, view_kwargs["pk"])
            if refusal:
                return refusal
        if is_editor(user):
            return None
        languages = translator_languages(user)
        if not languages:
            return None  # not a translator: Wagtail's and wagtail-localize's own checks apply
        if match.view_name in EDITOR_ONLY_VIEWS:
            return refused(request, _("This report covers every language: ask a coordinator for it."))
        language = target_language(match, view_kwargs, snippet_model, request)
        if language is not None and language not in languages:
            return refused(
                request, _("You translate %(languages)s only.") % {"languages": ", ".join(sorted(languages))}
            )
        return None


def snippet_model_of(match):
    """The snippet model whose admin view this is (Wagtail names them wagtailsnippets_<app>_<model>)."""
    namespaces = {
        f"wagtailsnippets_{m._meta.app_label}_{m._meta.model_name}": m for m in get_snippet_models()
    }
    return next((namespaces[name] for name in match.namespaces if name in namespaces), None)


def target_language(match, view_kwargs, snippet_model, request):
    """The language a request works on, when it works on one (else None)."""
    if "translation_id" in view_kwargs and "wagtail_localize" in match.namespaces:
        return (
            Translation.objects.filter(pk=view_kwargs["translation_id"])
            .values_list("target_locale__language_code", flat=True)
            .first()
        )
    if snippet_model is None or not issubclass(snippet_model, TranslatableMixin):
        return None
    if "pk" in view_kwargs:
        return (
            snippet_model.objects.filter(pk=view_kwargs["pk"])
            .values_list("locale__language_code", flat=True)
            .first()
        )
    if "export" in request.GET:  # a listing's CSV/XLSX export: one language at a time
        return request.GET.get("locale") or ""
    return None


def refuse_restart_unless_publisher(request, model, pk):
    """Restarting a snippet's translation overwrites its live version: publishers of that language only."""
    if "localize-restart-translation" not in request.POST:
        return None
    instance = get_object_or_404(model, pk=pk)
    if can_publish(request.user, instance):
        return None
    return refused(request, _("Only someone who may publish this translation can restart it."))


def refused(request, reason):
    """A 403 page in the admin saying why, instead of a bare "Forbidden"."""
    context = {"page_title": _("Not allowed"), "header_icon": "warning", "reason": reason}
    return TemplateResponse(request, "editorial/refused.html", context, status=403)


class TranslatorReadablePagesAPIViewSet(PagesAdminAPIViewSet):
    """The admin API's pages, plus the source-language pages for translators.

    Wagtail's admin API lists only the pages a user may explore: a translator's own language tree.
    But the library entries they translate link to source pages (the work package, synchronised from
    English), and the editor reads those links' titles from the API: a 404, which the language
    middleware turned into a redirect to /en/admin/api/. Reading a page's title is not editing it;
    every action of the API checks its own permissions.
    """

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        user = self.request.user
        if is_editor(user) or not translator_languages(user):
            return queryset
        return queryset | Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
