"""The demo seed builds the site in four languages through wagtail-localize, and is safe to repeat."""

import io

from django.core.management import call_command

from wagtail.models import Page
from wagtail_localize.models import Translation

from home.models import HomePage, StandardPage


def seed():
    call_command("seed_site", stdout=io.StringIO())


def test_seed_creates_home_and_standard_pages_in_every_language(db):
    assert HomePage.objects.filter(depth=2).count() == 4
    for slug in ["about", "accessibility", "privacy"]:
        pages = StandardPage.objects.filter(slug=slug, alias_of__isnull=True)
        assert sorted(pages.values_list("locale__language_code", flat=True)) == ["cnr", "en", "it", "sq"]


def test_seeded_translations_are_wagtail_localize_translations(home_page):
    translations = Translation.objects.filter(source__object_id=home_page.translation_key)
    assert sorted(translations.values_list("target_locale__language_code", flat=True)) == ["cnr", "it", "sq"]


def test_second_seed_changes_nothing_and_keeps_edits(db):
    about = StandardPage.objects.get(slug="about", locale__language_code="sq")
    about.title = "Rreth nesh (redaktuar)"
    about.save_revision().publish()
    pages_before = Page.objects.count()
    revisions_before = about.revisions.count()

    seed()

    about.refresh_from_db()
    assert Page.objects.count() == pages_before
    assert about.title == "Rreth nesh (redaktuar)"
    assert about.revisions.count() == revisions_before
