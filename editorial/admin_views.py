"""Admin views and dashboard panels of the editorial and translation workflow."""

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from .setup import is_editor, translator_languages
from .translation_status import SORTS, largest_total, translation_status

PANEL_ROWS = 8
PAGE_ROWS = 50


def can_submit_translations(user):
    """Whether the user may send for translation and sync (wagtail-localize's one permission)."""
    return user.has_perm("wagtail_localize.submit_translation")


def shown_languages(user):
    """The languages whose columns a user sees: all for editors, their own for translators."""
    if is_editor(user):
        return None
    return translator_languages(user) or None


class TranslationStatusPanel(Component):
    """Dashboard panel: the most recently changed content and its state in every language."""

    name = "translation_status"
    template_name = "editorial/translation_status_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        languages = shown_languages(request.user)
        return {
            "statuses": translation_status(limit=PANEL_ROWS, languages=languages),
            "request": request,
            "can_submit": can_submit_translations(request.user),
            "can_edit_source": languages is None,
            "source_language": settings.LANGUAGE_CODE,
        }


def translation_status_view(request):
    """Every page and resource with its state in each language, fifty at a time."""
    page_obj = Paginator(range(largest_total()), PAGE_ROWS).get_page(request.GET.get("p"))
    offset = (page_obj.number - 1) * PAGE_ROWS
    sort = request.GET.get("sort") if request.GET.get("sort") in SORTS else SORTS[0]
    return render(
        request,
        "editorial/translation_status.html",
        {
            "statuses": translation_status(
                limit=PAGE_ROWS, offset=offset, languages=shown_languages(request.user), sort=sort
            ),
            "page_obj": page_obj,
            "can_submit": can_submit_translations(request.user),
            "can_edit_source": shown_languages(request.user) is None,
            "source_language": settings.LANGUAGE_CODE,
            "sort": sort,
            "page_title": _("Translation status"),
            "header_icon": "wagtail-localize-language",
        },
    )
