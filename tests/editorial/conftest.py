"""Users of every role and the content they work on, in every language."""

import pytest

from django.contrib.messages import get_messages
from django.utils.http import urlencode

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from editorial.roles import COORDINATOR, OFFICER
from editorial.setup import COMMUNICATION_OFFICERS, COORDINATORS, translator_group_name
from resources.models import Resource
from tests.workflow.conftest import make_user

LIBRARY_ENTRY = "eqavet-self-assessment-for-providers"  # a demo entry translated into every language


def user_for(role, own_language=None):
    """A fresh user in the role's group (translators: of `own_language`); never a superuser."""
    if role == OFFICER:
        return make_user("role-officer", COMMUNICATION_OFFICERS)
    if role == COORDINATOR:
        return make_user("role-coordinator", COORDINATORS)
    return make_user(f"role-translator-{own_language}", translator_group_name(own_language))


def library_entry(language):
    return Resource.objects.get(slug=LIBRARY_ENTRY, locale__language_code=language)


def translation_of(instance):
    """The wagtail-localize Translation that fills `instance` (a page or snippet in a target language)."""
    return Translation.objects.get(
        source__object_id=instance.translation_key, target_locale=instance.locale_id
    )


def source_of(instance):
    return TranslationSource.objects.get(object_id=instance.translation_key, locale=Locale.get_default())


def title_segment(translation):
    return StringSegment.objects.filter(source=translation.source, context__path="title").get()


def put_string(client, translation, segment, value):
    """What the translation editor sends when a translator saves one string."""
    url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"
    return client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")


def set_title_translation(translation, value):
    """A translated title saved but not yet published (set up directly, not through a role)."""
    segment = title_segment(translation)
    StringTranslation.objects.update_or_create(
        translation_of_id=segment.string_id,
        locale=translation.target_locale,
        context_id=segment.context_id,
        defaults={"data": value, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
    )


def explained(response):
    """A refusal the user can read: a 403 page with text, or a message on the redirect."""
    if response.status_code == 403:
        return bool(response.content.strip())
    return response.status_code == 302 and bool(list(get_messages(response.wsgi_request)))


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)
