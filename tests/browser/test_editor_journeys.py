"""The rest of an editor's day in a real browser (issue 27), each journey by the role that does it,
counted in clicks: a translator translates part of a page, a coordinator syncs a translation after
the English changed, an officer imports library entries, schedules a page and deletes a draft.

What a journey starts from is set up directly in the database and removed afterwards; the browser
does only what the role does, and the result is read in the database or on the public page.
"""

import csv
import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from django.utils import timezone

from wagtail.models import Locale, Page, Revision
from wagtail_localize.operations import TranslationCreator

from demo.engine import translate
from editorial.setup import COMMUNICATION_OFFICERS, COORDINATORS, translator_group_name
from resources.exchange import columns
from resources.models import Resource

from .editors import (
    Clicks,
    english_home,
    english_page,
    published_page,
    remove,
    remove_snippets,
    remove_users,
    sign_in,
    translate_segment,
    user,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SLUG = "browser-test-journey"
DRAFT_SLUG = "browser-test-half-an-idea"  # what the editor makes of the draft's title
TITLE = "Browser test: workplace learning"
INTRO = "How companies host apprentices."
FIRST = "Mentors meet apprentices weekly."
SECOND = "Logbooks record every task."
CHANGED = "Logbooks record every task and the hours it took."
ALBANIAN = {
    TITLE: "Provë: mësimi në vendin e punës",
    INTRO: "Si presin kompanitë praktikantët.",
    FIRST: "Mentorët takojnë praktikantët çdo javë.",
    SECOND: "Ditarët regjistrojnë çdo detyrë.",
}
IMPORTED = {
    "browser-test-import-checklist": "Browser test: an imported checklist",
    "browser-test-import-logbook": "Browser test: an imported logbook",
}
# The most clicks each journey may take, sign-in included (measured: see the tests).
PARTLY_TRANSLATING_CLICKS = 7
SYNCING_CLICKS = 4
IMPORTING_CLICKS = 6
SCHEDULING_CLICKS = 8
APPROVING_CLICKS = 3
DELETING_CLICKS = 7


@pytest.fixture
def journey(visitor, unblocked_db):
    """The browser page and a click counter; the journey's pages and people are removed afterwards
    (the visitor fixture checks the browser's requests and errors)."""
    page, _guard = visitor
    with unblocked_db():
        remove(SLUG)
        remove(DRAFT_SLUG)
    yield page, Clicks()
    with unblocked_db():
        remove(SLUG)
        remove(DRAFT_SLUG)
        remove_users()


def report(journey_name, clicks):
    print(f"{journey_name}: {clicks.count} clicks")  # noqa: T201


def test_a_translator_translates_part_of_a_page_and_visitors_are_told_how_much(journey, unblocked_db):
    page, click = journey
    with unblocked_db():
        coordinator = user("browser-role-coordinator", COORDINATORS)
        translator = user("browser-role-translator-sq", translator_group_name("sq"), "sq")
        source = published_page(SLUG, TITLE, INTRO, [FIRST, SECOND])
        TranslationCreator(coordinator, [Locale.objects.get(language_code="sq")]).create_translations(source)

    sign_in(page, click, translator.username)
    click(page.locator("tr", has_text=TITLE).first.get_by_role("link", name="Përkthe"))
    page.wait_for_selector(".js-translation-editor li")
    translate_segment(page, click, TITLE, ALBANIAN[TITLE])
    translate_segment(page, click, FIRST, ALBANIAN[FIRST])
    click(page.get_by_role("button", name=re.compile("Publiko në gjuhën")))
    page.wait_for_load_state("networkidle")

    with unblocked_db():
        albanian = Page.objects.get(translation_key=source.translation_key, locale__language_code="sq")
        assert albanian.live and albanian.title == ALBANIAN[TITLE]
    assert click.count <= PARTLY_TRANSLATING_CLICKS, click.count
    report("sq translator translates half a page and publishes", click)

    # The visitor reads what is true: half of what they read is translated, the rest is English.
    page.goto(f"/sq/{SLUG}/")
    notice = page.get_by_role("complementary", name="Gjendja e përkthimit")
    expect(notice).to_contain_text("50 % të përkthyera")
    expect(page.get_by_role("heading", level=1)).to_have_text(ALBANIAN[TITLE])
    expect(page.locator("[lang=en]", has_text=SECOND)).to_be_visible()
    expect(page.get_by_text(ALBANIAN[FIRST])).to_be_visible()


def test_the_coordinator_syncs_a_translation_after_the_english_changed(journey, unblocked_db):
    page, click = journey
    with unblocked_db():
        coordinator = user("browser-role-coordinator", COORDINATORS)
        sq = Locale.objects.get(language_code="sq")
        source = published_page(SLUG, TITLE, INTRO, [FIRST, SECOND])
        translate(source, sq, ALBANIAN)
        # The English changes afterwards: the second paragraph, in place (the block keeps its id).
        english = Page.objects.get(pk=source.pk).specific
        blocks = english.body.get_prep_value()
        blocks[1]["value"] = f"<p>{CHANGED}</p>"
        english.body = blocks
        english.save_revision(user=coordinator).publish()

    sign_in(page, click, coordinator.username)
    # The Translations panel: the Albanian column is out of date.
    sync = page.get_by_role("link", name="Sync from source")
    click(page.locator("tr", has=sync).filter(has_text=TITLE).get_by_role("link", name="Sync from source"))
    click(page.get_by_label("Publish immediately"))
    click(page.get_by_role("button", name="Submit"))
    expect(page.get_by_text(f"Successfully updated translations for '{TITLE}'")).to_be_visible()

    with unblocked_db():
        albanian = Page.objects.get(translation_key=source.translation_key, locale=sq).specific
        assert albanian.live and albanian.title == ALBANIAN[TITLE]
        assert CHANGED in str(albanian.body) and ALBANIAN[FIRST] in str(albanian.body)
    assert click.count <= SYNCING_CLICKS, click.count
    report("coordinator syncs a translation from the dashboard", click)

    # The visitor reads the Albanian kept, and the changed paragraph in English until translated.
    page.goto(f"/sq/{SLUG}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(ALBANIAN[TITLE])
    expect(page.locator("[lang=en]", has_text=CHANGED)).to_be_visible()
    expect(page.get_by_text(ALBANIAN[SECOND])).to_have_count(0)
    expect(page.get_by_role("complementary", name="Gjendja e përkthimit")).to_contain_text(
        "75 % të përkthyera"
    )


def spreadsheet(path):
    """A CSV in the columns of the library export, as an officer would fill it."""
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=columns(), delimiter=";")
        writer.writeheader()
        for slug, title in IMPORTED.items():
            writer.writerow(
                {
                    "slug": slug,
                    "title": title,
                    "summary": "From a spreadsheet an officer uploaded.",
                    "resource_type": "guide",
                    "audiences": "trainers",
                    "external_url": f"https://example.org/{slug}",
                }
            )
    return path


@pytest.fixture
def imported(unblocked_db):
    def entries():
        return Resource.objects.filter(slug__in=IMPORTED)

    with unblocked_db():
        remove_snippets(entries())
    yield entries
    with unblocked_db():
        remove_snippets(entries())


def test_an_officer_imports_entries_and_the_coordinator_finds_them_awaiting_review(
    journey, unblocked_db, imported, tmp_path
):
    page, click = journey
    with unblocked_db():
        officer = user("browser-role-officer", COMMUNICATION_OFFICERS)
        coordinator = user("browser-role-coordinator", COORDINATORS)

    sign_in(page, click, officer.username)
    click(page.get_by_role("button", name="Library"))
    click(page.get_by_role("link", name="Import", exact=True))
    with page.expect_file_chooser() as chooser:
        click(page.get_by_label("File"))
    chooser.value.set_files(spreadsheet(tmp_path / "library.csv"))
    click(page.get_by_role("button", name="Preview", exact=True))
    click(page.get_by_role("button", name="Import 2 resources"))
    expect(page.get_by_role("heading", name="2 drafts sent to the coordinator for approval")).to_be_visible()

    with unblocked_db():
        entries = list(imported())
        assert len(entries) == len(IMPORTED)
        assert all(not entry.live and entry.workflow_in_progress for entry in entries)
    assert click.count <= IMPORTING_CLICKS, click.count
    report("officer imports a spreadsheet and submits every entry", click)

    sign_in(page, Clicks(), coordinator.username)
    review = page.locator("section").filter(has=page.get_by_role("heading", name="Awaiting your review"))
    for title in IMPORTED.values():
        expect(review.get_by_role("link", name=title)).to_be_visible()


def test_an_officer_schedules_a_page_which_is_not_live_once_approved(journey, unblocked_db):
    page, click = journey
    title = "Browser test: a page for next month"
    go_live = (timezone.localtime() + timedelta(days=30)).replace(hour=9, minute=0, second=0, microsecond=0)
    with unblocked_db():
        officer = user("browser-role-officer", COMMUNICATION_OFFICERS)
        coordinator = user("browser-role-coordinator", COORDINATORS)
        draft = english_page(SLUG, title)
        draft.save_revision(user=officer, log_action=True)  # as the editor logs it
        listing = f"/admin/pages/{draft.get_parent().pk}/"

    sign_in(page, click, officer.username)
    click(page.get_by_role("link", name=title).first)  # "Your most recent edits"
    click(page.locator("[data-side-panel-toggle='status']").first)
    click(page.get_by_role("button", name="Set schedule"))
    # Types the day, picks the hour in the date picker (which closes it).
    page.locator("#id_go_live_at").fill(f"{go_live:%Y-%m-%d} 09:00")
    click(page.locator(".xdsoft_datetimepicker:visible .xdsoft_time", has_text="09:00"))
    click(page.get_by_role("button", name="Save schedule"))
    expect(page.get_by_text("Go-live:").first).to_be_attached()
    click(page.get_by_role("button", name="More actions"))
    click(page.get_by_role("button", name="Submit to Coordinator approval"))
    page.wait_for_url(f"**{listing}")
    assert click.count <= SCHEDULING_CLICKS, click.count
    report("officer schedules a page and submits it", click)

    approving = Clicks()
    sign_in(page, approving, coordinator.username)
    row = page.locator("tr", has=page.locator("[data-workflow-action-url]")).filter(has_text=title)
    approving(row.get_by_role("button", name="Actions"))
    approving(page.locator("[data-workflow-action-url]:visible", has_text=re.compile(r"^\s*Approve\s*$")))
    page.wait_for_load_state("networkidle")
    assert approving.count <= APPROVING_CLICKS, approving.count
    report("coordinator approves the scheduled page", approving)

    with unblocked_db():
        scheduled = Page.objects.get(pk=draft.pk)
        assert not scheduled.live and scheduled.approved_schedule
        revision = Revision.objects.for_instance(scheduled).get(approved_go_live_at__isnull=False)
        assert abs(revision.approved_go_live_at - go_live) < timedelta(minutes=1)
    assert page.goto(f"/en/{SLUG}/").status == 404


def test_an_officer_deletes_a_draft_and_its_copies_in_other_languages_go_with_it(journey, unblocked_db):
    page, click = journey
    title = "Browser test: half an idea"
    with unblocked_db():
        officer = user("browser-role-officer", COMMUNICATION_OFFICERS)
        home = english_home()
        other_languages = Locale.objects.exclude(pk=home.locale_id).count()

    sign_in(page, click, officer.username)
    page.goto(f"/admin/pages/{home.pk}/")  # Pages → Home (English)
    click(page.get_by_role("link", name="Add child page").first)
    click(page.get_by_role("link", name="Standard page", exact=True))
    page.locator("#id_title").fill(title)
    page.keyboard.press("Tab")  # on to the introduction: the slug follows the title
    # The slug is filled by the editor's script; saved before it is, the form answers "required".
    expect(page.locator("#id_slug")).to_have_value(DRAFT_SLUG, timeout=15_000)
    click(page.get_by_role("button", name="Save draft"))
    # wagtail-localize gives the draft a copy in every other language at once.
    page.wait_for_url(re.compile(r"/edit/"), timeout=30_000)
    with unblocked_db():
        draft = Page.objects.get(slug=DRAFT_SLUG, locale=home.locale)
        assert Page.objects.filter(alias_of=draft).count() == other_languages

    click(page.get_by_role("button", name="Actions", exact=True))
    click(page.get_by_role("link", name="Delete", exact=True))
    click(page.get_by_role("button", name=re.compile("Yes, delete")))
    page.wait_for_url(f"**/admin/pages/{home.pk}/")

    with unblocked_db():
        assert not Page.objects.filter(slug=DRAFT_SLUG).exists()
    assert click.count <= DELETING_CLICKS, click.count
    report("officer deletes a draft from its editor", click)
