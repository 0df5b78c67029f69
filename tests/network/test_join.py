"""Joining the network over HTTP in every language, and the review in the admin by role."""

import pytest

from django.core import mail
from django.urls import reverse

from network.models import NetworkMember
from tests.conftest import LANGUAGES
from tests.editorial.conftest import user_for

pytestmark = pytest.mark.django_db

APPLICATION = {
    "name": "Training Centre Ulcinj",
    "organisation_type": "vet-provider",
    "city": "ulcinj",
    "services": "Courses for cooks and waiters.",
    "web_address": "https://training-ulcinj.example",
    "contact_email": "office@training-ulcinj.example",
    "website": "",
}


def apply(client, language, **changes):
    return client.post(f"/{language}/network/join/", {**APPLICATION, **changes})


def application():
    return NetworkMember.objects.filter(name=APPLICATION["name"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_application_waits_unpublished_and_the_applicant_is_told(client, language, settings):
    settings.CONTACT_EMAIL = "team@vet-web.example"
    assert client.get(f"/{language}/network/join/").status_code == 200

    response = apply(client, language)

    assert response.status_code == 200
    assert 'role="status"' in response.content.decode()
    entry = application().get()
    assert not entry.live and entry.locale.language_code == "en"
    assert entry.website == APPLICATION["web_address"] and entry.contact_email == APPLICATION["contact_email"]
    to_applicant, to_project = mail.outbox
    assert to_applicant.to == [APPLICATION["contact_email"]]
    assert to_project.to == ["team@vet-web.example"]
    assert APPLICATION["name"] not in client.get(f"/{language}/network/").content.decode()


def test_the_confirmation_is_in_the_applicants_language(client):
    apply(client, "it")

    assert mail.outbox[0].subject == "La tua domanda di adesione alla rete VET-WEB"


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_invalid_application_is_refused_and_kept(client, language):
    response = apply(client, language, contact_email="nope", city="atlantis")

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('aria-invalid="true"') == 2
    assert "Courses for cooks and waiters." in html
    assert not application().exists() and not mail.outbox


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_bot_filling_the_honeypot_creates_nothing(client, language):
    response = apply(client, language, website="http://spam.example")

    assert response.status_code == 200
    assert not application().exists() and not mail.outbox


@pytest.mark.parametrize("language", LANGUAGES)
def test_too_many_applications_from_one_address_are_refused(client, language, settings):
    settings.PUBLIC_FORM_LIMIT = 1
    apply(client, language)

    response = apply(client, language, name="Second centre")

    assert response.status_code == 429
    assert "Second centre" in response.content.decode()
    assert not NetworkMember.objects.filter(name="Second centre").exists()


def test_the_join_form_is_never_page_cached(client, page_cache):
    client.get("/en/network/join/")
    response = client.get("/en/network/join/")

    assert response.get("X-Page-Cache") != "hit"


def test_an_officer_finds_the_application_and_a_coordinator_publishes_it(client, on_commit):
    apply(client, "en")
    entry = application().get()

    client.force_login(user_for("officer"))
    listing = client.get(reverse("wagtailsnippets_network_networkmember:list"))
    assert APPLICATION["name"] in listing.content.decode()

    client.force_login(user_for("coordinator"))
    edit_url = reverse("wagtailsnippets_network_networkmember:edit", args=[entry.pk])
    form = {
        "name": entry.name,
        "organisation_type": entry.organisation_type,
        "city": entry.city,
        "services": entry.services,
        "website": entry.website,
        "contact_email": entry.contact_email,
        "action-publish": "action-publish",
    }
    with on_commit():
        client.post(edit_url, form)

    assert application().get().live
    assert APPLICATION["name"] in client.get("/en/network/").content.decode()


def test_an_officer_cannot_publish_an_application(client):
    apply(client, "en")
    entry = application().get()
    client.force_login(user_for("officer"))

    edit_url = reverse("wagtailsnippets_network_networkmember:edit", args=[entry.pk])
    client.post(
        edit_url,
        {
            "name": entry.name,
            "organisation_type": entry.organisation_type,
            "city": entry.city,
            "services": entry.services,
            "action-publish": "action-publish",
        },
    )

    assert not application().get().live


def test_a_translator_cannot_edit_the_english_entry(client):
    apply(client, "en")
    entry = application().get()
    client.force_login(user_for("translator", "sq"))

    edit_url = reverse("wagtailsnippets_network_networkmember:edit", args=[entry.pk])
    client.post(
        edit_url,
        {
            "name": "Changed",
            "organisation_type": entry.organisation_type,
            "city": entry.city,
            "services": entry.services,
        },
    )

    assert application().get().name == APPLICATION["name"]


def test_applications_never_published_are_deleted_after_a_year(client):
    from django.utils import timezone

    from network.applications import APPLICATION_RETENTION

    apply(client, "en")
    NetworkMember.objects.filter(name=APPLICATION["name"]).update(
        applied_at=timezone.now() - APPLICATION_RETENTION * 1.1
    )
    published = NetworkMember.objects.get(name="Caritas Crne Gore", locale__language_code="en")
    NetworkMember.objects.filter(pk=published.pk).update(
        applied_at=timezone.now() - APPLICATION_RETENTION * 2
    )

    apply(client, "en", name="Another centre")

    assert not application().exists()
    assert NetworkMember.objects.filter(pk=published.pk).exists()
