"""The newsletter over HTTP in every language: double opt-in, one-click unsubscribe, spam, limits."""

import re

import pytest

from django.core import mail

from contact.models import NewsletterSubscriber
from contact.newsletter import unsubscribe_token
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db


def sign_up(client, language, email="reader@example.org", **extra):
    return client.post(f"/{language}/newsletter/", {"email": email, "website": "", **extra})


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_the_signup_form_in_its_footer_without_a_csrf_cookie(client, language):
    response = client.get(f"/{language}/")

    html = response.content.decode()
    assert f'action="/{language}/newsletter/"' in html
    assert "csrfmiddlewaretoken" not in html.split('class="site-footer"')[1]
    assert not response.cookies  # so the page stays cacheable and compressible


@pytest.mark.parametrize("language", LANGUAGES)
def test_signing_up_sends_a_confirmation_and_only_a_confirmed_address_counts(client, language):
    response = sign_up(client, language)

    assert response.status_code == 200
    subscriber = NewsletterSubscriber.objects.get(email="reader@example.org")
    assert subscriber.language == language and subscriber.confirmed_at is None
    (sent,) = mail.outbox
    assert sent.to == ["reader@example.org"]
    confirm_url = link_in(sent)
    assert f"/{language}/newsletter/confirm/" in confirm_url
    assert sent.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"/{language}/newsletter/unsubscribe/" in sent.extra_headers["List-Unsubscribe"]

    path = confirm_url.split("testserver", 1)[1]
    assert client.get(path).status_code == 200  # a mail scanner opening the link confirms nothing
    assert NewsletterSubscriber.objects.get().confirmed_at is None
    confirmed = client.post(path)
    assert confirmed.status_code == 200
    assert NewsletterSubscriber.objects.get().confirmed_at is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_click_unsubscribe_deletes_the_address(client, language):
    NewsletterSubscriber.objects.create(
        email="reader@example.org", language=language, confirmed_at="2026-01-01T00:00Z"
    )
    path = f"/{language}/newsletter/unsubscribe/{unsubscribe_token('reader@example.org')}/"

    assert client.get(path).status_code == 200
    assert NewsletterSubscriber.objects.exists()
    response = client.post(path, {"List-Unsubscribe": "One-Click"})  # what mail programs send (RFC 8058)

    assert response.status_code == 200
    assert not NewsletterSubscriber.objects.exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_tampered_link_confirms_and_deletes_nothing(client, language):
    NewsletterSubscriber.objects.create(email="reader@example.org", language=language)
    bad = unsubscribe_token("reader@example.org")[:-2] + "xx"

    assert client.post(f"/{language}/newsletter/confirm/{bad}/").status_code == 404
    assert client.post(f"/{language}/newsletter/unsubscribe/{bad}/").status_code == 404
    assert NewsletterSubscriber.objects.get().confirmed_at is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_invalid_address_is_refused_in_the_visitors_language_and_kept(client, language):
    response = sign_up(client, language, email="reader@")

    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="reader@"' in html and 'aria-invalid="true"' in html
    assert not NewsletterSubscriber.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_bot_filling_the_honeypot_gets_no_mail_and_no_row(client, language):
    response = sign_up(client, language, website="http://spam.example")

    assert response.status_code == 200
    assert not NewsletterSubscriber.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize("language", LANGUAGES)
def test_too_many_signups_from_one_address_are_refused(client, language, settings):
    settings.PUBLIC_FORM_LIMIT = 2
    sign_up(client, language, email="one@example.org")
    sign_up(client, language, email="two@example.org")

    response = sign_up(client, language, email="three@example.org")

    assert response.status_code == 429
    assert 'value="three@example.org"' in response.content.decode()
    assert NewsletterSubscriber.objects.count() == 2
    assert len(mail.outbox) == 2


def test_an_address_already_on_the_list_gets_no_mail_and_no_hint(client):
    NewsletterSubscriber.objects.create(
        email="reader@example.org", language="it", confirmed_at="2026-01-01T00:00Z"
    )

    response = sign_up(client, "en")

    assert response.status_code == 200
    assert not mail.outbox
    assert NewsletterSubscriber.objects.get().language == "it"


def test_unconfirmed_addresses_are_forgotten_after_a_week(client):
    from django.utils import timezone

    old = NewsletterSubscriber.objects.create(email="old@example.org", language="en")
    NewsletterSubscriber.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - NewsletterSubscriber.UNCONFIRMED_RETENTION * 2
    )

    sign_up(client, "en")

    assert not NewsletterSubscriber.objects.filter(email="old@example.org").exists()


def test_the_export_lists_confirmed_addresses_only_with_cells_made_safe(client, django_user_model):
    from tests.editorial.conftest import user_for

    NewsletterSubscriber.objects.create(
        email="yes@example.org", language="sq", confirmed_at="2026-01-01T00:00Z"
    )
    NewsletterSubscriber.objects.create(email="no@example.org", language="sq")
    NewsletterSubscriber.objects.create(
        email="-x@example.org", language="cnr", confirmed_at="2026-01-02T00:00Z"
    )
    client.force_login(user_for("officer"))

    response = client.get("/admin/reports/newsletter/?export=csv")

    body = b"".join(response.streaming_content).decode()
    assert "yes@example.org" in body
    assert "no@example.org" not in body
    assert "'-x@example.org" in body


def test_the_signup_page_is_cached_but_confirmation_pages_are_not(client, page_cache):
    client.get("/en/newsletter/")
    assert client.get("/en/newsletter/")["X-Page-Cache"] == "hit"

    NewsletterSubscriber.objects.create(email="reader@example.org", language="en")
    from contact.newsletter import confirmation_token

    path = f"/en/newsletter/confirm/{confirmation_token('reader@example.org')}/"
    client.get(path)
    assert client.get(path).get("X-Page-Cache") != "hit"
