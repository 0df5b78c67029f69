"""A coordinator approves and a translator translates, in a real browser, each in their admin
language (issue 27): from the dashboard, by clicking, and the clicks each journey takes are
counted (a journey that grows longer fails here first).

What a journey needs is set up directly in the database (an officer's submitted page, a page sent
for translation) and removed afterwards; the browser does only what the role does.
"""

import re

import pytest

from wagtail.models import Locale, Page
from wagtail_localize.operations import TranslationCreator

from editorial.setup import COMMUNICATION_OFFICERS, COORDINATORS, translator_group_name

from .editors import Clicks, english_page, remove, remove_users, sign_in, translate_segment, user

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

APPROVAL_SLUG = "browser-test-approval"
TRANSLATION_SLUG = "browser-test-translation"
# The most clicks each journey may take, sign-in included (measured: see the tests).
COORDINATOR_CLICKS = 3
TRANSLATOR_CLICKS = 5


def test_the_coordinator_approves_an_officers_page_from_the_dashboard(visitor, unblocked_db):
    page, guard = visitor
    click = Clicks()
    title = "Browser test: a page waiting for approval"
    with unblocked_db():
        remove(APPROVAL_SLUG)
        officer = user("browser-role-officer", COMMUNICATION_OFFICERS)
        coordinator = user("browser-role-coordinator", COORDINATORS)
        draft = english_page(APPROVAL_SLUG, title)
        draft.save_revision(user=officer)
        draft.get_workflow().start(draft, officer)
    try:
        sign_in(page, click, coordinator.username)
        # "Awaiting your review" is the dashboard's first panel: the row's actions, then Approve.
        row = page.locator("tr", has=page.locator("[data-workflow-action-url]")).filter(has_text=title)
        click(row.get_by_role("button", name="Actions"))
        click(page.locator("[data-workflow-action-url]:visible", has_text=re.compile(r"^\s*Approve\s*$")))
        page.wait_for_load_state("networkidle")

        with unblocked_db():
            assert Page.objects.get(pk=draft.pk).live
        assert click.count <= COORDINATOR_CLICKS, click.count
        print(f"coordinator approves from the dashboard: {click.count} clicks")  # noqa: T201
    finally:
        with unblocked_db():
            remove(APPROVAL_SLUG)
            remove_users()


@pytest.mark.parametrize(
    ("language", "translate", "save", "publish", "translated_title"),
    [
        ("sq", "Përkthe", "Ruaj", "Publiko në gjuhën", "Provë: lista e kontrollit"),
        ("cnr", "Prevedi", "Sačuvaj", "Objavi na jeziku", "Proba: kontrolna lista"),
    ],
)
def test_a_translator_translates_a_page_from_the_dashboard_in_their_language(
    visitor, unblocked_db, language, translate, save, publish, translated_title
):
    page, guard = visitor
    click = Clicks()
    title = f"Browser test: a checklist for {language}"
    with unblocked_db():
        remove(TRANSLATION_SLUG)
        coordinator = user("browser-role-coordinator", COORDINATORS)
        translator = user(f"browser-role-translator-{language}", translator_group_name(language), language)
        source = english_page(TRANSLATION_SLUG, title)
        source.save_revision(user=coordinator).publish()
        TranslationCreator(coordinator, [Locale.objects.get(language_code=language)]).create_translations(
            Page.objects.get(pk=source.pk).specific
        )
    try:
        sign_in(page, click, translator.username)
        # Sent for translation, nothing translated yet: the row links to the copy.
        row = page.locator("tr", has_text=title).first
        click(row.get_by_role("link", name=translate))
        page.wait_for_selector(".js-translation-editor li")

        # The editor (wagtail-localize's React app) speaks the translator's language.
        translate_segment(page, click, title, translated_title, translate=translate, save=save)
        click(page.get_by_role("button", name=re.compile(publish)))
        page.wait_for_load_state("networkidle")

        with unblocked_db():
            translated = Page.objects.get(
                translation_key=source.translation_key, locale__language_code=language
            )
            assert translated.live
            assert translated.title == translated_title
        assert click.count <= TRANSLATOR_CLICKS, click.count
        print(f"{language} translator translates and publishes a title: {click.count} clicks")  # noqa: T201
        guard.check()
    finally:
        with unblocked_db():
            remove(TRANSLATION_SLUG)
            remove_users()
