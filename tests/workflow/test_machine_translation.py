"""A translator can pre-fill a translation with the configured machine translator (a dummy in tests)."""

from django.urls import reverse

from wagtail_localize.models import StringTranslation, Translation

from .helpers import english_page


def test_translator_prefills_their_translation_by_machine(
    client, translator_sq, coordinator, home_pages, locales
):
    page = english_page(home_pages["en"], slug="machine-translated")
    client.force_login(coordinator)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locales["sq"].pk]}
    )
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locales["sq"])

    client.force_login(translator_sq)
    response = client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))

    assert response.status_code == 302
    machine = StringTranslation.objects.filter(
        locale=locales["sq"], translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    )
    assert machine.filter(data="apprentices Mentoring").exists()  # the dummy reverses the words


def test_translator_cannot_machine_translate_another_language(
    client, translator_it, coordinator, home_pages, locales
):
    page = english_page(home_pages["en"], slug="machine-forbidden")
    client.force_login(coordinator)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locales["sq"].pk]}
    )
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locales["sq"])

    client.force_login(translator_it)
    response = client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))

    assert response.status_code in (302, 403)
    assert not StringTranslation.objects.filter(
        locale=locales["sq"], translation_of__data="Mentoring apprentices"
    )
