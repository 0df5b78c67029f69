"""What the public notice about a translation says, after a translator's work in the admin.

An officer sends an English page for translation, the Albanian translator fills the strings in the
translation editor (the same requests its JavaScript sends) and publishes; the visitor's page then
says only what is true: how much is still in English, counted from what the visitor reads.
"""

import re

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation

from editorial.translation_status import OUTDATED, translation_status
from tests.editorial.conftest import put_string
from tests.workflow.helpers import TEXTS, english_page

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
