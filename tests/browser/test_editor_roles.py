"""A coordinator approves and a translator translates, in a real browser, each in their admin
language (issue 27): from the dashboard, by clicking, and the clicks each journey takes are
counted (a journey that grows longer fails here first).

What a journey needs is set up directly in the database (an officer's submitted page, a page sent
for translation) and removed afterwards; the browser does only what the role does.
"""

import re
from contextlib import suppress

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.operations import TranslationCreator

from editorial.setup import COMMUNICATION_OFFICERS, COORDINATORS, translator_group_name
from home.models import HomePage, StandardPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "a-long-password-for-browser-roles"
APPROVAL_SLUG = "browser-test-approval"
TRANSLATION_SLUG = "browser-test-translation"
# The most clicks each journey may take, sign-in included (measured: see the tests).
COORDINATOR_CLICKS = 3
TRANSLATOR_CLICKS = 5


class Clicks:
    """Clicks a journey takes: every click goes through here."""

    def __init__(self):
        self.count = 0

    def __call__(self, locator):
        locator.click()
        self.count += 1


def user(username, group, language=None):
    User = get_user_model()
    person = User.objects.filter(username=username).first() or User.objects.create_user(
        username, f"{username}@example.org", PASSWORD
    )
    person.groups.add(Group.objects.get(name=group))
    if language:
        profile = UserProfile.get_for_user(person)
        profile.preferred_language = language
        profile.save()
    return person


def sign_in(page, click, username):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    click(page.locator("button[type=submit]"))
    page.wait_for_url(re.compile(r"/admin/$"))


def english_page(slug, title):
    """A draft English page (never published yet) under the English home page."""
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    page = StandardPage(title=title, slug=slug, intro="Trainers compared their checklists.", live=False)
    home.add_child(instance=page)
    return Page.objects.get(pk=page.pk).specific


def remove(slug):
    """The English page and every page sharing its translation key (translations, aliases)."""
    for source in Page.objects.filter(slug=slug, locale__language_code="en"):
        for other in Page.objects.filter(translation_key=source.translation_key).exclude(pk=source.pk):
            with suppress(Page.DoesNotExist):
                Page.objects.get(pk=other.pk).delete()
        with suppress(Page.DoesNotExist):
            Page.objects.get(pk=source.pk).delete()


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
            get_user_model().objects.filter(username__startswith="browser-role-").delete()


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
        segment = (
            page.locator("li", has_text=title).filter(has=page.get_by_role("button", name=translate)).last
        )
        click(segment.get_by_role("button", name=translate))
        page.locator(".js-translation-editor textarea").first.fill(translated_title)
        click(page.get_by_role("button", name=save, exact=True).first)
        page.get_by_text(translated_title).first.wait_for()
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
            get_user_model().objects.filter(username__startswith="browser-role-").delete()
