"""The holes issue 11 found, each tried the way it was reproduced (the role table covers the rest)."""

import pytest

from django.contrib.messages import get_messages
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from tests.workflow.conftest import page_form

from .conftest import user_for

pytestmark = pytest.mark.django_db


def test_an_officer_cannot_publish_translations_of_a_page_nobody_approved(client, home_pages, on_commit):
    officer = user_for("officer")
    client.force_login(officer)
    add = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_pages["en"].pk])
    client.post(add, page_form("Never approved", "never-approved", ["Unreviewed text."]))
    english = Page.objects.get(slug="never-approved", locale=Locale.get_default())
    others = Locale.objects.exclude(pk=english.locale_id)
    with on_commit():
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[english.pk]),
            {"locales": [locale.pk for locale in others]},
        )
    source = TranslationSource.objects.get(object_id=english.translation_key)

    with on_commit():
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}
        )

    assert not Page.objects.filter(translation_key=english.translation_key, live=True).exists()
    warning = " ".join(str(message) for message in get_messages(response.wsgi_request))
    assert "updated as drafts" in warning


def test_a_translator_cannot_export_another_languages_library(client):
    client.force_login(user_for("translator", "sq"))
    listing = reverse("wagtailsnippets_resources_resource:list")

    assert client.get(listing, {"export": "csv", "locale": "sq"}).status_code == 200
    refused = client.get(listing, {"export": "csv", "locale": "it"})
    assert refused.status_code == 403 and "You translate sq only." in refused.content.decode()
    assert client.get(listing, {"export": "csv"}).status_code == 403


def test_reports_menu_of_a_translator_leaves_out_every_language_reports(client):
    client.force_login(user_for("translator", "it"))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("resource_downloads") not in dashboard
    assert reverse("translation_status") in dashboard
