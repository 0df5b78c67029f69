"""Machine translation per language: each engine offered only for the languages it supports.

Configured as wagtail-localize's WAGTAILLOCALIZE_MACHINE_TRANSLATOR with OPTIONS
{"ENGINES": [{"CLASS": ..., "OPTIONS": {...}, "LANGUAGES": ["it", ...]}, ...]}: the translator of
a language gets the first engine listing it (DeepL has no Montenegrin; a self-hosted
LibreTranslate may cover others), and no button where none does. An engine that fails raises
MachineTranslationUnavailable, which the middleware below turns into a message, never a 500.
"""

import logging

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from wagtail_localize.machine_translators.base import BaseMachineTranslator

logger = logging.getLogger(__name__)


class MachineTranslationUnavailable(Exception):
    """The engine did not answer or refused: the translator should try again later."""


class PerLanguageTranslator(BaseMachineTranslator):
    """Delegates to the configured engine for the target language."""

    def __init__(self, options):
        super().__init__(options)
        self.engines = [
            (import_string(engine["CLASS"])(engine.get("OPTIONS", {})), set(engine.get("LANGUAGES", [])))
            for engine in options.get("ENGINES", [])
        ]

    def engine_for(self, source_locale, target_locale):
        for engine, languages in self.engines:
            if target_locale.language_code in languages and engine.can_translate(
                source_locale, target_locale
            ):
                return engine
        return None

    @property
    def display_name(self):
        names = sorted({engine.display_name for engine, _languages in self.engines})
        return " / ".join(names) or _("machine translation")

    def can_translate(self, source_locale, target_locale):
        return self.engine_for(source_locale, target_locale) is not None

    def translate(self, source_locale, target_locale, strings):
        engine = self.engine_for(source_locale, target_locale)
        if engine is None:
            raise MachineTranslationUnavailable(target_locale.language_code)
        try:
            return engine.translate(source_locale, target_locale, strings)
        except Exception as error:  # any engine, any transport: the translator gets a message
            logger.warning("Machine translation with %s failed: %s", engine.display_name, error)
            raise MachineTranslationUnavailable(engine.display_name) from error


class MachineTranslationErrorMiddleware:
    """Shows an engine outage as a message on the page the translator came from."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, MachineTranslationUnavailable):
            return None
        messages.error(
            request,
            _(
                "Machine translation is not available right now. Nothing was changed: "
                "try again later or translate by hand."
            ),
        )
        next_url = request.GET.get("next") or request.POST.get("next") or request.headers.get("referer")
        if not next_url or not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
            next_url = "/admin/"
        return redirect(next_url)
