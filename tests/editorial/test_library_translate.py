"""Library entries in the admin: "Translate" where an officer works, one language per listing (item 5)."""

import re

import pytest

from django.urls import reverse

from editorial.roles import OFFICER, TRANSLATOR
from resources.models import Resource
from tests.factories.resources import ResourceFactory

from .conftest import user_for

pytestmark = pytest.mark.django_db

LISTING = "/admin/snippets/resources/resource/"


def edit_url(entry):
    return reverse("wagtailsnippets_resources_resource:edit", args=[entry.pk])


def submit_url(entry):
    return reverse("wagtail_localize:submit_snippet_translation", args=["resources", "resource", entry.pk])


def test_an_officer_finds_translate_on_a_new_entrys_screen_and_listing_row(client):
    entry = ResourceFactory(title="Numbat apprenticeship logbook", slug="numbat-logbook")
    client.force_login(user_for(OFFICER))

    assert submit_url(entry) in client.get(edit_url(entry)).content.decode()
    assert submit_url(entry) in client.get(LISTING, {"q": "numbat"}).content.decode()
    assert client.get(submit_url(entry)).status_code == 200


def test_a_translator_who_cannot_send_for_translation_is_not_offered_it(client):
    entry = ResourceFactory(title="Numbat apprenticeship logbook", slug="numbat-logbook")
    client.force_login(user_for(TRANSLATOR, "sq"))

    assert "/localize/submit/" not in client.get(LISTING).content.decode()
    before = Resource.objects.filter(translation_key=entry.translation_key).count()
    assert client.post(submit_url(entry), {"locales": []}).status_code in (302, 403)
    assert Resource.objects.filter(translation_key=entry.translation_key).count() == before


def listed_languages(client, **query):
    html = client.get(LISTING, query).content.decode()
    ids = set(re.findall(r"/admin/snippets/resources/resource/edit/(\d+)/", html))
    return set(Resource.objects.filter(pk__in=ids).values_list("locale__language_code", flat=True))


def test_the_library_listing_shows_one_language_by_default(client):
    client.force_login(user_for(OFFICER))
    assert listed_languages(client) == {"en"}
    assert len(listed_languages(client, locale="")) > 1  # "All", one choice away

    client.force_login(user_for(TRANSLATOR, "sq"))
    assert listed_languages(client) == {"sq"}
