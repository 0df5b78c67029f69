"""Machine translation is offered only for languages the configured engine supports; an engine
outage gives the translator a message, never a 500."""

import pytest

from django.contrib.messages import get_messages
from django.urls import reverse

from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation, Translation

from editorial.setup import translator_group_name

from .conftest import make_user
from .helpers import english_page


class UnreachableTranslator:
    """An engine whose service is down."""

    display_name = "Unreachable"

    def __init__(self, options):
        pass

    def can_translate(self, source_locale, target_locale):
        return True

    def translate(self, source_locale, target_locale, strings):
        raise ConnectionError("engine unreachable")


def engines(*configured):
    return {
        "CLASS": "languages.machine_translation.PerLanguageTranslator",
        "OPTIONS": {"ENGINES": [{"CLASS": cls, "LANGUAGES": languages} for cls, languages in configured]},
    }


DUMMY = "wagtail_localize.machine_translators.dummy.DummyTranslator"
UNREACHABLE = f"{__name__}.UnreachableTranslator"


@pytest.fixture
def sent_to(client, coordinator, home_pages, locales):
    def send(code, slug):
        page = english_page(home_pages["en"], slug=slug)
        client.force_login(coordinator)
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [locales[code].pk]},
        )
        client.logout()
        return Translation.objects.get(source__object_id=page.translation_key, target_locale=locales[code])

    return send


def test_montenegrin_gets_no_machine_translation_where_the_engine_lacks_it(settings, locales):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = engines((DUMMY, ["sq", "it"]))
    translator = get_machine_translator()
    assert translator.can_translate(locales["en"], locales["sq"])
    assert not translator.can_translate(locales["en"], locales["cnr"])


def test_a_second_engine_covers_other_languages(settings, locales):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = engines((DUMMY, ["it"]), (DUMMY, ["cnr"]))
    assert get_machine_translator().can_translate(locales["en"], locales["cnr"])


def test_montenegrin_translator_is_offered_no_machine_translation(client, settings, sent_to, locales):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = engines((DUMMY, ["sq", "it"]))
    translation = sent_to("cnr", "machine-cnr")
    client.force_login(make_user("translator-cnr", translator_group_name("cnr")))
    machine_url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    target = translation.get_target_instance()

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[target.pk]))
    assert editor.status_code == 200
    assert machine_url not in editor.content.decode()
    # Posted anyway: refused (wagtail-localize's 404, which LocaleMiddleware turns into a redirect).
    assert client.post(machine_url).status_code in (302, 404)
    assert not StringTranslation.objects.filter(locale=locales["cnr"], translation_type="machine").exists()


def test_engine_outage_gives_a_message_and_changes_nothing(client, settings, sent_to, translator_sq, locales):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = engines((UNREACHABLE, ["sq"]))
    translation = sent_to("sq", "machine-outage")
    client.force_login(translator_sq)
    next_url = reverse("wagtailadmin_home")

    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]) + f"?next={next_url}"
    )

    assert response.status_code == 302
    assert response["Location"] == next_url
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("Machine translation is not available right now" in message for message in shown)
    assert not StringTranslation.objects.filter(translation_of__data="Mentoring apprentices").exists()
