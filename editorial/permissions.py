"""Who may make a page or snippet live in its language: one check for every publishing path."""

from django.core.exceptions import ObjectDoesNotExist
from django.urls import reverse

from wagtail.models import DraftStateMixin, Page, TranslatableMixin
from wagtail.snippets.permissions import get_permission_name

from .setup import is_editor, translator_languages


def is_staff_request(request):
    """Whether the editorial checks apply: an admin address, seen without touching the session.

    Reading `request.user` on a public page marks the session as read, and the page cache stores
    no page that read the session, so public pages must never get that far.
    """
    return request.resolver_match is not None and request.path.startswith(reverse("wagtailadmin_home"))


def works_in_language(user, language_code):
    """Editors work in every language; a translator only in theirs (others: Wagtail's rules apply)."""
    if is_editor(user):
        return True
    languages = translator_languages(user)
    return not languages or language_code in languages


def can_publish(user, instance):
    """Whether `user` may publish this page, or this snippet in its language."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    model = type(instance)
    action = "publish" if issubclass(model, DraftStateMixin) else "change"
    if not user.has_perm(get_permission_name(action, model)):
        return False
    return not isinstance(instance, TranslatableMixin) or works_in_language(
        user, instance.locale.language_code
    )


def can_publish_translation(user, translation):
    """Whether `user` may publish a wagtail-localize translation, created or still to be created."""
    try:
        return can_publish(user, translation.get_target_instance())
    except ObjectDoesNotExist:
        pass
    source = translation.source.get_source_instance()
    if isinstance(source, Page):
        home = Page.objects.filter(depth=2, locale=translation.target_locale).first()
        return home is not None and home.permissions_for_user(user).can_publish()
    model = type(source)
    action = "publish" if issubclass(model, DraftStateMixin) else "change"
    return user.has_perm(get_permission_name(action, model)) and works_in_language(
        user, translation.target_locale.language_code
    )
