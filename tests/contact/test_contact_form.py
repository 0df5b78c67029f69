"""The contact page over HTTP in every language: sent, refused, caught as spam, slowed down."""

from html import unescape

import pytest

from django.core import mail
from django.utils.html import escape

from wagtail.contrib.forms.models import FormSubmission

from contact.models import ContactPage
from demo import data
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

MESSAGE = {
    "your_name": "Ana Trainer",
    "your_e_mail_address": "ana@example.org",
    "your_organisation": "A VET school in Shkodër",
    "your_message": "Is the EQAVET guide available in print?",
}


def contact_page(language):
    return ContactPage.objects.live().get(locale__language_code=language)


def post(client, language, **changes):
    return client.post(f"/{language}/contact/", {**MESSAGE, **changes})


@pytest.mark.parametrize("language", LANGUAGES)
def test_contact_page_shows_the_form_in_the_visitors_language(client, language):
    response = client.get(f"/{language}/contact/")

    html = response.content.decode()
    assert response.status_code == 200
    assert data.in_language("Your e-mail address", language) in html
    assert 'name="your_e_mail_address"' in html  # one field key in every language
    assert 'name="website"' in html and "<p hidden>" in html  # the honeypot, hidden from people


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_message_is_stored_for_officers_and_sent_to_the_project(client, language, settings):
    settings.CONTACT_EMAIL = "team@vet-web.example"

    response = post(client, language)

    assert response.status_code == 200
    thanks = data.in_language(data.content("contact")["page"]["thank_you_text"], language)
    assert escape(thanks) in response.content.decode()
    submission = FormSubmission.objects.get(page=contact_page(language))
    assert submission.form_data == MESSAGE  # the honeypot is not stored
    (sent,) = mail.outbox
    assert sent.to == ["team@vet-web.example"]
    assert sent.reply_to == ["ana@example.org"]
    assert "Is the EQAVET guide available in print?" in sent.body
    assert language in sent.subject


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_invalid_message_is_refused_and_nothing_typed_is_lost(client, language):
    response = post(client, language, your_e_mail_address="not an address")

    html = response.content.decode()
    assert response.status_code == 200
    assert 'aria-invalid="true"' in html
    assert "Is the EQAVET guide available in print?" in html
    assert 'value="Ana Trainer"' in html
    assert not FormSubmission.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_bot_that_fills_the_honeypot_is_thanked_but_nothing_is_kept_or_sent(client, language):
    response = post(client, language, website="http://spam.example")

    assert response.status_code == 200
    assert "<form" not in response.content.decode().split("<main", 1)[1].split("</main>")[0]
    assert not FormSubmission.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize("language", LANGUAGES)
def test_too_many_messages_from_one_address_are_refused_with_the_text_kept(client, language, settings):
    settings.PUBLIC_FORM_LIMIT = 2
    post(client, language)
    post(client, language)

    response = post(client, language, your_message="A third message")

    html = response.content.decode()
    assert response.status_code == 429
    assert 'role="alert"' in html
    assert "A third message" in html
    assert FormSubmission.objects.count() == 2
    assert len(mail.outbox) == 2


def test_another_address_is_not_slowed_down_by_the_first(client, settings):
    settings.PUBLIC_FORM_LIMIT = 1
    post(client, "en")

    response = client.post("/en/contact/", MESSAGE, REMOTE_ADDR="192.0.2.7")

    assert response.status_code == 200
    assert len(mail.outbox) == 2


def test_old_messages_are_deleted_when_a_new_one_arrives(client):
    from django.utils import timezone

    from contact.models import SUBMISSION_RETENTION

    old = FormSubmission.objects.create(page=contact_page("en"), form_data={"your_message": "old"})
    FormSubmission.objects.filter(pk=old.pk).update(submit_time=timezone.now() - SUBMISSION_RETENTION * 1.1)

    post(client, "en")

    assert not FormSubmission.objects.filter(pk=old.pk).exists()
    assert FormSubmission.objects.count() == 1


def test_the_contact_page_is_never_served_from_the_page_cache(client, page_cache):
    client.get("/en/contact/")
    response = client.get("/en/contact/")

    assert response.get("X-Page-Cache") != "hit"
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_accessibility_statement_links_the_contact_form(client, language):
    statement = client.get(f"/{language}/accessibility/")

    assert statement.status_code == 200
    assert 'href="../contact/"' in statement.content.decode()
    # The relative link lands on the contact page of the same language.
    assert client.get(f"/{language}/contact/").status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_privacy_notice_names_the_controller_and_what_each_form_keeps(client, language):
    html = unescape(client.get(f"/{language}/privacy/").content.decode())

    assert "IAL FVG" in html
    for item in data.content("site")["pages"][2]["body"]:
        if "list" in item:
            for line in item["list"]:
                assert data.in_language(line, language) in html


def test_a_mail_server_failure_keeps_the_message_and_thanks_the_visitor(client, settings, caplog):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2  # nothing listens

    response = post(client, "en")

    assert response.status_code == 200
    assert FormSubmission.objects.filter(page=contact_page("en")).count() == 1
    assert "Could not send the mail" in caplog.text
