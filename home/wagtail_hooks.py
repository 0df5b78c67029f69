"""Admin hooks of the editorial workflow: translation status, and translators kept to their languages."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import TranslatableMixin

from .admin_views import TranslationStatusPanel, translation_status_view
from .editorial import translator_languages


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    panels.append(TranslationStatusPanel())


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("translation-status/", translation_status_view, name="translation_status")]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translation_status"),
        icon_name="wagtail-localize-language",
        order=710,
    )


@hooks.register("before_edit_snippet")
@hooks.register("before_delete_snippet")
def keep_translators_to_their_languages(request, instance):
    """Snippet permissions are per model, not per language: a translator may only touch their locales."""
    if not isinstance(instance, TranslatableMixin) or request.user.is_superuser:
        return
    languages = translator_languages(request.user)
    if not languages or request.user.has_perm(
        f"{instance._meta.app_label}.publish_{instance._meta.model_name}"
    ):
        return
    if instance.locale.language_code not in languages and not _is_editor(request.user):
        raise PermissionDenied


def _is_editor(user):
    from .editorial import COMMUNICATION_OFFICERS, COORDINATORS

    return user.groups.filter(name__in=[COMMUNICATION_OFFICERS, COORDINATORS]).exists()
