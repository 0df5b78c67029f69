"""Re-syncing a translation after the source changed keeps everything a translator wrote."""

from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from .helpers import FIRST, SECOND, TITLE, english_page, publish_paragraphs, translate_page

CHANGED = "Logbooks record tasks and hours."


def test_resync_keeps_translations_of_unchanged_text(home_pages, locales, run_on_commit):
    page = english_page(home_pages["en"])
    translate_page(page, locales["sq"])
    written_by_translator = StringTranslation.objects.filter(locale=locales["sq"]).count()

    publish_paragraphs(page, [FIRST.en, CHANGED])
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=locales["en"])
    source.update_from_db()
    Translation.objects.get(source=source, target_locale=locales["sq"]).save_target(publish=True)

    albanian = Page.objects.get(translation_key=page.translation_key, locale=locales["sq"]).specific
    body = str(albanian.body)
    assert albanian.title == TITLE.sq
    assert FIRST.sq in body
    assert CHANGED in body  # new text shows in English until translated
    assert SECOND.sq not in body
    assert StringTranslation.objects.filter(locale=locales["sq"]).count() == written_by_translator


def test_resync_through_the_admin_keeps_translations(
    client, home_pages, locales, django_capture_on_commit_callbacks
):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    page = english_page(home_pages["en"], slug="mentoring-admin-sync")
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(page, locales["sq"])
    publish_paragraphs(page, [FIRST.en, CHANGED])
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=locales["en"])
    client.force_login(get_user_model().objects.get(username="admin"))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}
        )

    assert response.status_code == 302
    albanian = Page.objects.get(translation_key=page.translation_key, locale=locales["sq"]).specific
    assert FIRST.sq in str(albanian.body)
    assert CHANGED in str(albanian.body)
