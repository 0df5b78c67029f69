"""Drafts an officer starts and abandons leave nothing behind, and are nobody's translation work (item 8)."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

from editorial.translation_status import translation_status

from .conftest import page_form
from .helpers import english_page


def listed(page):
    return any(row.obj.pk == page.pk for status in translation_status() for row in status.rows)


def test_a_deleted_draft_takes_its_aliases_in_other_languages_with_it(client, officer, home_pages, committed):
    client.force_login(officer)
    add_url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_pages["en"].pk])
    with committed(execute=True):
        # What autosave sends once a title is typed: a draft, which wagtail-localize mirrors at once.
        client.post(add_url, page_form("Half an idea", "half-an-idea", ["Not yet."]))
    draft = Page.objects.get(slug="half-an-idea", locale__language_code="en")
    assert Page.objects.filter(alias_of=draft).count() == 3
    assert not listed(draft)  # never published: nothing to translate yet

    with committed(execute=True):
        response = client.post(reverse("wagtailadmin_pages:delete", args=[draft.pk]))

    assert response.status_code == 302
    assert not Page.objects.filter(slug="half-an-idea").exists()


def test_a_refused_delete_leaves_the_aliases(client, translator_sq, home_pages, committed):
    page = english_page(home_pages["en"], slug="kept-page")
    client.force_login(translator_sq)
    client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    assert Page.objects.filter(slug="kept-page").count() == 4


def test_a_scheduled_page_is_not_offered_for_translation_before_it_goes_live(home_pages, coordinator):
    page = english_page(home_pages["en"], slug="scheduled-page")
    page = Page.objects.get(pk=page.pk).specific
    page.unpublish()
    page.go_live_at = timezone.now() + timedelta(days=3)
    page.save_revision(user=coordinator, approved_go_live_at=page.go_live_at)

    assert not listed(page)
