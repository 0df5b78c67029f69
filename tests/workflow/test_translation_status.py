"""The dashboard's translation status: translated, out of date, missing, per page and language."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_localize.models import Translation, TranslationSource

from editorial.translation_status import MISSING, OUTDATED, TRANSLATED, translation_status
from tests.texts import Text

from .helpers import FIRST, TEXTS, english_page, publish_paragraphs, translate_page


def states_of(page):
    for status in translation_status():
        for row in status.rows:
            if row.obj.pk == page.pk:
                return {language.locale.language_code: language.state for language in row.languages}
    raise AssertionError(f"{page} is not listed")


def test_seeded_pages_are_translated_everywhere(home_pages):
    about = home_pages["en"].get_children().get(slug="about")

    assert states_of(about) == {"sq": TRANSLATED, "cnr": TRANSLATED, "it": TRANSLATED}


def test_a_page_moves_from_missing_to_translated_to_out_of_date(home_pages, locales, committed):
    page = english_page(home_pages["en"])
    assert set(states_of(page).values()) == {MISSING}

    with committed(execute=True):
        translate_page(page, locales["sq"])
    assert states_of(page) == {"sq": TRANSLATED, "cnr": MISSING, "it": MISSING}

    publish_paragraphs(page, [FIRST.en, "Logbooks record tasks and hours."])
    assert states_of(page)["sq"] == OUTDATED


def test_a_resynced_page_is_out_of_date_until_the_new_text_is_translated(home_pages, locales, committed):
    page = english_page(home_pages["en"])
    with committed(execute=True):
        translate_page(page, locales["sq"])
    publish_paragraphs(page, [FIRST.en, "Logbooks record hours."])
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=locales["en"])
    source.update_from_db()
    with committed(execute=True):
        Translation.objects.get(source=source, target_locale=locales["sq"]).save_target(publish=True)
    assert states_of(page)["sq"] == OUTDATED  # synced, but the new sentence is still in English

    new = Text(
        "Logbooks record hours.",
        "Ditarët regjistrojnë orët.",
        "Dnevnici bilježe sate.",
        "I diari registrano.",
    )
    with committed(execute=True):
        translate_page(page, locales["sq"], texts=[*TEXTS, new])
    assert states_of(page)["sq"] == TRANSLATED


def test_missing_links_to_translate_and_translated_links_to_the_editor(home_pages):
    page = english_page(home_pages["en"])
    row = next(row for status in translation_status() for row in status.rows if row.obj.pk == page.pk)

    assert all("/localize/submit/page/" in language.url for language in row.languages)


def test_dashboard_shows_the_translation_panel(client, coordinator):
    client.force_login(coordinator)

    html = client.get("/admin/").content.decode()

    assert 'id="translation-status-heading"' in html
    assert client.get("/admin/translation-status/", {"p": "x"}).status_code == 200


def test_status_queries_do_not_grow_with_the_number_of_pages(home_pages):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            translation_status()
        return len(captured)

    english_page(home_pages["en"], slug="status-one")
    few = queries()
    for number in range(6):
        english_page(home_pages["en"], slug=f"status-many-{number}")

    assert queries() == few


def test_a_page_sent_for_translation_is_missing_until_something_is_translated(
    client, coordinator, home_pages, locales, committed
):
    from django.urls import reverse

    page = english_page(home_pages["en"], slug="sent-not-translated")
    client.force_login(coordinator)
    with committed(execute=True):
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [locales["sq"].pk]},
        )

    row = next(row for status in translation_status() for row in status.rows if row.obj.pk == page.pk)
    albanian = next(language for language in row.languages if language.locale.language_code == "sq")
    assert albanian.state == MISSING
    assert "/admin/pages/" in albanian.url  # straight to the translation editor
