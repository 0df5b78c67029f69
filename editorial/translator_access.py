"""Translators work on their own languages only, in every wagtail-localize view.

Wagtail's snippet permissions are per model, not per language, and wagtail-localize checks them
per model too: without this, a translator of Albanian could download, upload, machine-translate
or edit the strings of the Italian translation of a library entry by its address. Page
translations are already kept apart by the per-language page permissions.
"""

from django.core.exceptions import PermissionDenied

from wagtail_localize.models import Translation

from editorial.setup import is_editor, translator_languages


class TranslatorLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if "translation_id" not in view_kwargs or "wagtail_localize" not in match.namespaces:
            return None
        user = request.user
        if not user.is_authenticated or is_editor(user):
            return None
        languages = translator_languages(user)
        if not languages:
            return None  # not a translator: wagtail-localize's own permission checks apply
        target = (
            Translation.objects.filter(pk=view_kwargs["translation_id"])
            .values_list("target_locale__language_code", flat=True)
            .first()
        )
        if target is not None and target not in languages:
            raise PermissionDenied
        return None
