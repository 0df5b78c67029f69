"""What the public notice about a translation says, after a translator's work in the admin.

An officer sends an English page for translation, the Albanian translator fills the strings in the
translation editor (the same requests its JavaScript sends) and publishes; the visitor's page then
says only what is true: how much is still in English, counted from what the visitor reads.
"""

import re

import pytest

from django.urls import reverse
from django.utils import translation as i18n
from django.utils.formats import date_format
from django.utils.timezone import localtime

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from editorial.translation_status import OUTDATED, translation_status
from tests.editorial.conftest import put_string
from tests.texts import Text
from tests.workflow.conftest import page_form
from tests.workflow.helpers import FIRST, INTRO, TEXTS, english_page, translate_page

pytestmark = pytest.mark.django_db

PAGE_URL = "/sq/mentoring-apprentices/"


@pytest.fixture
def page(home_pages):
    return english_page(home_pages["en"])


def send_for_translation(client, officer, page, locale, committed):
    client.force_login(officer)
    with committed(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale.pk]}
        )
    assert response.status_code == 302
    client.logout()
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def translate_in_editor(client, translator, translation, *, skip=("slug",), machine=False):
    """The translator saves every string but the `skip` ones (by content path) in the editor."""
    client.force_login(translator)
    sq = {text.en: text.sq for text in TEXTS}
    segments = StringSegment.objects.filter(source=translation.source).select_related("string", "context")
    for segment in segments:
        if segment.context.path in skip:
            continue
        text = re.sub(r"<[^>]+>", "", segment.string.data)
        response = put_string(client, translation, segment, sq.get(text, f"[sq] {text}"))
        assert response.status_code in (200, 201), response.content


def publish_as(client, user, page_pk, committed):
    client.force_login(user)
    with committed(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page_pk]), {"action": "publish"}, follow=True
        )
    assert response.status_code == 200


def test_a_page_with_every_read_string_translated_but_the_slug_says_nothing_is_english(
    client, officer, translator_sq, page, locales, committed
):
    translation = send_for_translation(client, officer, page, locales["sq"], committed)
    translate_in_editor(client, translator_sq, translation, skip=("slug", "search_description"))
    sq_page = page.get_translation(locales["sq"])
    publish_as(client, translator_sq, sq_page.pk, committed)
    client.logout()

    html = client.get(PAGE_URL).content.decode()
    assert "Mentorimi i praktikantëve" in html
    assert "notice--translation" not in html
    assert "të përkthyera" not in html

    # The admin's status still tells the translator what is left, and that visitors do not read it.
    client.force_login(translator_sq)
    status = client.get("/admin/translation-status/").content.decode()
    assert "Slug or search description not translated" in status
    row = next(r for s in translation_status() for r in s.rows if r.obj.pk == page.pk)
    sq_state = next(state for state in row.languages if state.locale.language_code == "sq")
    assert sq_state.state == OUTDATED and sq_state.only_unread_left


def test_a_page_with_one_read_string_left_still_says_how_much(
    client, officer, translator_sq, page, locales, committed
):
    translation = send_for_translation(client, officer, page, locales["sq"], committed)
    translate_in_editor(client, translator_sq, translation, skip=("slug", "intro"))
    publish_as(
        client, translator_sq, Page.objects.get(pk=page.get_translation(locales["sq"]).pk).pk, committed
    )
    client.logout()

    html = client.get(PAGE_URL).content.decode()
    percent = re.search(r"(\d+) % të përkthyera", html)
    assert percent and int(percent.group(1)) == 75  # 3 of the 4 strings read on the page


def test_an_outdated_translation_says_when_the_english_changed_and_links_to_it(
    client, coordinator, page, locales, committed
):
    with committed(execute=True):
        translate_page(page, locales["sq"])
    assert "notice--translation" not in client.get(PAGE_URL).content.decode()

    # The coordinator changes the English text and publishes it; nobody has synced the Albanian yet.
    client.force_login(coordinator)
    english = Page.objects.get(pk=page.pk).specific
    form = page_form(english.title, english.slug, [FIRST.en, "Logbooks record hours."], intro=INTRO.en)
    with committed(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {**form, "action-publish": "publish"})
    client.logout()
    published = Page.objects.get(pk=page.pk).last_published_at
    assert published > TranslationSource.objects.get(object_id=page.translation_key).last_updated_at

    html = client.get(PAGE_URL).content.decode()
    assert "Mentorimi i praktikantëve" in html  # still the whole translation
    with i18n.override("sq"):
        day = date_format(localtime(published), "DATE_FORMAT")
    assert f"Origjinali në anglisht u përditësua më {day}" in html
    assert '<a href="/en/mentoring-apprentices/" hreflang="en">Lexoni versionin në anglisht</a>' in html
    assert "të përkthyera" not in html

    # Synced and translated again: the note goes.
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=locales["en"])
    source.update_from_db()
    new = Text("Logbooks record hours.", "Ditarët regjistrojnë orët.", "-", "-")
    with committed(execute=True):
        translate_page(page, locales["sq"], texts=[*TEXTS, new])
    assert "u përditësua" not in client.get(PAGE_URL).content.decode()


def test_machine_translated_text_says_so_until_the_translator_confirms_it(
    client, officer, translator_sq, page, locales, committed
):
    translation = send_for_translation(client, officer, page, locales["sq"], committed)
    client.force_login(translator_sq)
    assert (
        client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk])).status_code == 302
    )
    sq_page = page.get_translation(locales["sq"])
    publish_as(client, translator_sq, sq_page.pk, committed)

    html = client.get(PAGE_URL).content.decode()
    assert "apprentices Mentoring" in html  # the dummy machine translator reverses the words
    notice = (
        "Një pjesë e këtij teksti është përkthyer me makinë dhe ende nuk është rishikuar nga një përkthyes."
    )
    assert notice in html
    status = client.get("/admin/translation-status/").content.decode()
    assert "strings translated by machine, not yet reviewed" in status

    # The translator reads each machine-translated string and saves it: confirmed by a person.
    for string in StringTranslation.objects.filter(
        locale=locales["sq"], translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    ).select_related("context"):
        segment = StringSegment.objects.get(source=translation.source, context=string.context)
        assert put_string(client, translation, segment, string.data).status_code in (200, 201)
    publish_as(client, translator_sq, sq_page.pk, committed)
    assert notice not in client.get(PAGE_URL).content.decode()
    assert "translated by machine" not in client.get("/admin/translation-status/").content.decode()


def test_a_machine_translated_library_entry_says_so(client, officer, translator_sq, locales, committed):
    from resources.models import Resource
    from tests.factories.resources import ResourceFactory

    entry = ResourceFactory(
        title="Quokka workshop toolkit", slug="quokka-toolkit", summary="Tools for quokkas."
    )
    client.force_login(officer)
    with committed(execute=True):
        client.post(
            reverse("wagtail_localize:submit_snippet_translation", args=["resources", "resource", entry.pk]),
            {"locales": [locales["sq"].pk]},
        )
    translation = Translation.objects.get(
        source__object_id=entry.translation_key, target_locale=locales["sq"]
    )
    client.force_login(translator_sq)
    assert (
        client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk])).status_code == 302
    )
    client.logout()
    with committed(execute=True):
        translation.save_target(publish=True)
    assert Resource.objects.get(translation_key=entry.translation_key, locale=locales["sq"]).live

    html = client.get("/sq/resources/quokka-toolkit/").content.decode()
    assert "toolkit workshop Quokka" in html  # the dummy machine translator reverses the words
    assert "Një pjesë e këtij teksti është përkthyer me makinë" in html
