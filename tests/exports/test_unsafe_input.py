"""Control characters and formula-looking text, from a visitor's form or already stored: the forms
refuse the one with a clear message, and every export an officer opens survives both."""

import csv
import io

import pytest
from openpyxl import load_workbook

from django.core import mail
from django.core.mail import EmailMessage
from django.urls import reverse

from wagtail.contrib.forms.models import FormSubmission

from contact.models import ContactPage
from contact.public_forms import send_or_log
from demand.models import ReuseReport
from exports.spreadsheet import FORMULA_TRIGGERS, neutralise_cell
from network.models import NetworkMember
from resources.models import Resource

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"
JOIN = {
    "name": "Training Centre Ulcinj",
    "organisation_type": "vet-provider",
    "city": "ulcinj",
    "services": "Courses for cooks and waiters.",
    "web_address": "",
    "contact_email": "office@training-ulcinj.example",
    "website": "",
}
MESSAGE = {
    "your_name": "Ana Trainer",
    "your_e_mail_address": "ana@example.org",
    "your_organisation": "A VET school",
    "your_message": "Is the guide available in print?",
}
REFUSAL = "Remove the invisible control characters or line breaks from this field."


def body_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_cells(response):
    return {cell for row in csv.reader(io.StringIO(body_of(response).decode("utf-8-sig"))) for cell in row}


def xlsx_cells(response):
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(body_of(response))).active
    return {cell.value for row in sheet.iter_rows() for cell in row}


@pytest.mark.parametrize("prefix", FORMULA_TRIGGERS)
def test_the_shared_function_makes_every_formula_start_text(prefix):
    assert neutralise_cell(prefix + "1+cmd") == "'" + prefix + "1+cmd"


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x0b", "\x1b", "\x1f", "\x7f"])
def test_the_shared_function_replaces_what_a_spreadsheet_file_cannot_hold(character):
    assert neutralise_cell(f"Bell{character}here") == "Bell\ufffdhere"
    assert neutralise_cell(f"Bell{character}here", xlsx_text_cell=True) == "Bell\ufffdhere"


# The forms


@pytest.mark.parametrize("name", ["Centre\r\nBcc: all@example.org", "Centre\nUlcinj", "Centre\x07"])
def test_a_control_character_in_the_organisation_name_is_refused_with_a_message(client, name, settings):
    settings.CONTACT_EMAIL = "team@vet-web.example"

    response = client.post("/en/network/join/", {**JOIN, "name": name})

    assert response.status_code == 200
    assert REFUSAL in response.content.decode()
    assert not NetworkMember.objects.filter(contact_email=JOIN["contact_email"]).exists()
    assert mail.outbox == []


def test_a_control_character_in_the_contact_message_is_refused_but_line_breaks_are_kept(client):
    refused = client.post("/en/contact/", {**MESSAGE, "your_message": "Hello\x1b[31m"})
    kept = client.post("/en/contact/", {**MESSAGE, "your_message": "Hello,\r\nsecond line"})

    assert REFUSAL in refused.content.decode()
    assert kept.status_code == 200 and REFUSAL not in kept.content.decode()
    assert FormSubmission.objects.filter(page__locale__language_code="en").count() == 1


def test_a_control_character_in_a_report_of_use_is_refused(client):
    entry = Resource.objects.get(slug="eqavet-quality-cycle-guide", locale__language_code="sq")
    data = {
        "country": "AL",
        "organisation_type": "vet-provider",
        "learners": "24",
        "comment": "Good\x08",
        "key": str(entry.translation_key),
        "next": "/sq/",
    }

    response = client.post(
        "/sq/demand/reuse/", data, HTTP_ORIGIN="http://testserver", HTTP_USER_AGENT=BROWSER
    )

    assert response.status_code == 400
    assert not ReuseReport.objects.filter(comment__startswith="Good").exists()


def test_the_project_is_told_even_when_a_subject_holds_a_line_break():
    send_or_log(EmailMessage(subject=" New application:\r\n Centre ", body="x", to=["team@example.org"]))

    (sent,) = mail.outbox
    assert sent.subject == "New application: Centre"


# The exports, with what is already stored


@pytest.fixture
def contact_page():
    return ContactPage.objects.get(locale__language_code="en")


def stored_contact_messages(page):
    planted = [f"{prefix}HYPERLINK(1)" for prefix in FORMULA_TRIGGERS]
    for text in planted:
        FormSubmission.objects.create(page=page, form_data={**MESSAGE, "your_message": text})
    FormSubmission.objects.create(page=page, form_data={**MESSAGE, "your_message": "Bell\x07in a message"})
    return planted


def test_the_contact_submissions_csv_is_formula_safe(client, contact_page, officer):
    planted = stored_contact_messages(contact_page)
    client.force_login(officer)

    response = client.get(reverse("wagtailforms:list_submissions", args=[contact_page.pk]), {"export": "csv"})

    cells = csv_cells(response)
    assert {"'" + text for text in planted} <= cells
    assert not set(planted) & cells
    assert "Bell\ufffdin a message" in cells


def test_the_contact_submissions_xlsx_survives_a_stored_control_character(client, contact_page, officer):
    planted = stored_contact_messages(contact_page)
    client.force_login(officer)

    response = client.get(
        reverse("wagtailforms:list_submissions", args=[contact_page.pk]), {"export": "xlsx"}
    )

    cells = xlsx_cells(response)
    assert "Bell\ufffdin a message" in cells
    as_typed = {text for text in planted if not text.startswith("\r")}  # XML reads a lone CR as LF
    assert as_typed <= cells  # text cells: shown as typed, never run


def test_the_reports_of_use_export_survives_a_stored_control_character(client, officer):
    entry = Resource.objects.get(slug="eqavet-quality-cycle-guide", locale__language_code="sq")
    ReuseReport.objects.create(
        resource=entry,
        translation_key=entry.translation_key,
        language_code="sq",
        country="AL",
        organisation_type="vet-provider",
        learners=3,
        comment="Used\x0cwith=\x01 learners",
    )
    client.force_login(officer)

    xlsx = xlsx_cells(client.get(reverse("reuse_reports:index"), {"export": "xlsx"}))
    as_csv = csv_cells(client.get(reverse("reuse_reports:index"), {"export": "csv"}))

    assert "Used\ufffdwith=\ufffd learners" in xlsx
    assert "Used\ufffdwith=\ufffd learners" in as_csv
