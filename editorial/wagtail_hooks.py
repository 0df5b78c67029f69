"""Admin hooks of the editorial workflow: translation status, and translators kept to their languages."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page, TranslatableMixin

from .admin_views import TranslationStatusPanel, translation_status_view
from .guide import HelpPanel, guide_view
from .publishing import mirrors_of
from .setup import is_editor, translator_languages
from .translator_access import EDITOR_ONLY_VIEWS, TranslatorReadablePagesAPIViewSet

# Wagtail's "Awaiting your review" (order 220) comes first: it is a coordinator's work of the day.
FIRST_PANELS = {"workflow_objects_to_moderate": 10}


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    for panel in panels:
        if getattr(panel, "name", None) in FIRST_PANELS:
            panel.order = FIRST_PANELS[panel.name]
    panels.append(TranslationStatusPanel())
    panels.append(HelpPanel())


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path("translation-status/", translation_status_view, name="translation_status"),
        path("editors-guide/", guide_view, name="editors_guide"),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translation_status"),
        icon_name="wagtail-localize-language",
        order=710,
    )


@hooks.register("before_edit_snippet")
def keep_translators_to_their_languages(request, instance):
    """Snippet permissions are per model, not per language: a translator edits only their locales.

    Runs before wagtail-localize's own hook (editorial comes before it in INSTALLED_APPS), so it also
    guards the translation editor of library entries.
    """
    if not isinstance(instance, TranslatableMixin) or is_editor(request.user):
        return
    languages = translator_languages(request.user)
    if languages and instance.locale.language_code not in languages:
        raise PermissionDenied


@hooks.register("construct_reports_menu")
def hide_other_languages_reports_from_translators(request, menu_items):
    """The download report and wagtail-localize's report cover every language (refused to translators)."""
    if is_editor(request.user) or not translator_languages(request.user):
        return
    hidden = {reverse(name) for name in EDITOR_ONLY_VIEWS if not name.endswith("_results")}
    menu_items[:] = [item for item in menu_items if item.url not in hidden]


@hooks.register("construct_admin_api")
def let_translators_read_source_pages(router):
    router.register_endpoint("pages", TranslatorReadablePagesAPIViewSet)


@hooks.register("before_delete_page")
def note_aliases_of_the_deleted_page(request, page):
    """A page's aliases in other languages mirror it (autosave makes them as soon as a title is
    typed): noted before it goes, because deleting it leaves them as orphan drafts (alias_of is
    set to null)."""
    if request.method == "POST":
        request.mirrors_of_deleted_page = list(mirrors_of(page).values_list("pk", flat=True))


@hooks.register("after_delete_page")
def delete_aliases_of_the_deleted_page(request, page):
    for mirror in Page.objects.filter(pk__in=getattr(request, "mirrors_of_deleted_page", [])).order_by(
        "path"
    ):
        if Page.objects.filter(pk=mirror.pk).exists():  # not gone with an ancestor already
            mirror.delete()
