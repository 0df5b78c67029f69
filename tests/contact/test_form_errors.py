"""A public form sent with mistakes, in every language, follows the GOV.UK error pattern: a summary
first, focused, linking to each field; "Error:" in the title; each message tied to its field by
an id that exists. Montenegrin visitors read Django's own messages in Montenegrin, in forms that
speak to everyone alike."""

import re

import polib
import pytest

from django.conf import settings

from resources.models import Resource
from tests.conftest import LANGUAGES
from tests.html import parsed

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"
ERROR_PREFIX = {"en": "Error:", "sq": "Gabim:", "cnr": "Greška:", "it": "Errore:"}
ENTRY = "eqavet-quality-cycle-guide"


def contact(client, language):
    return client.post(f"/{language}/contact/", {"your_e_mail_address": "not-an-address", "website": ""})


def newsletter(client, language):
    return client.post(f"/{language}/newsletter/", {"email": "nope", "website": ""})


def join(client, language):
    return client.post(f"/{language}/network/join/", {"name": "", "city": "atlantis", "contact_email": "x"})


def reuse(client, language):
    entry = Resource.objects.get(slug=ENTRY, locale__language_code=language)
    data = {"key": str(entry.translation_key), "country": "", "learners": "0", "next": f"/{language}/"}
    return client.post(
        f"/{language}/demand/reuse/", data, HTTP_ORIGIN="http://testserver", HTTP_USER_AGENT=BROWSER
    )


FORMS = [contact, newsletter, join, reuse]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("send", FORMS, ids=lambda send: send.__name__)
def test_no_field_points_at_a_missing_description(client, language, send):
    html = parsed(send(client, language))

    ids = {element["id"] for element in html.select("[id]")}
    described = html.select("[aria-describedby]")
    references = {ref for element in described for ref in element["aria-describedby"].split()}
    assert html.select("[aria-invalid=true]"), "the form came back with no field marked invalid"
    assert references - ids == set()
    for element in html.select("[aria-invalid=true]"):
        error_id = f"{element['id']}_error"
        assert error_id in element["aria-describedby"].split()
        assert html.select_one(f"#{error_id}").get_text(strip=True)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("send", FORMS, ids=lambda send: send.__name__)
def test_a_summary_comes_first_takes_the_focus_and_links_to_each_field(client, language, send):
    html = parsed(send(client, language))

    summary = html.select_one(".error-summary")
    assert summary is not None
    assert summary.has_attr("autofocus") and summary["tabindex"] == "-1" and summary["role"] == "alert"
    form = summary.find_parent("form")
    assert form.find(["input", "select", "textarea"], attrs={"type": lambda t: t != "hidden"}).sourceline >= (
        summary.sourceline
    )
    links = summary.select("a[href^='#']")
    invalid = {element["id"] for element in form.select("[aria-invalid=true]")}
    assert links and {link["href"][1:] for link in links} == invalid
    assert html.title.get_text().startswith(ERROR_PREFIX[language] + " ")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_without_mistakes_has_no_error_in_its_title(client, language):
    html = parsed(client.get(f"/{language}/contact/"))

    assert not html.title.get_text().startswith(ERROR_PREFIX[language])
    assert html.select_one(".error-summary") is None


def test_montenegrin_visitors_read_djangos_messages_in_montenegrin(client):
    html = contact(client, "cnr").content.decode()
    too_long = client.post("/cnr/newsletter/", {"email": "a" * 250 + "@example.org"}).content.decode()
    bad_choice = join(client, "cnr").content.decode()

    assert "Ovo polje je obavezno." in html and "This field is required." not in html
    assert "Unesite ispravnu e-mail adresu." in html and "Enter a valid email address." not in html
    assert "Ovo polje smije imati najviše 254 znaka" in too_long
    assert "Izaberite jednu od ponuđenih mogućnosti. atlantis nije među njima." in bad_choice


def test_the_montenegrin_reuse_form_speaks_to_everyone_alike(client):
    html = client.get(f"/cnr/resources/{ENTRY}/").content.decode()

    assert "Koristim ovaj alat" in html
    assert "Koristio sam" not in html


def test_no_montenegrin_string_speaks_in_the_first_person_as_a_man_only():
    catalogue = polib.pofile(str(settings.BASE_DIR / "locale" / "cnr" / "LC_MESSAGES" / "django.po"))
    # A first-person past participle (-o/-la) with "sam"/"bih" is masculine or feminine only.
    gendered = re.compile(r"\b\w+(?:ao|io|eo|uo|la)\s+(?:sam|bih)\b|\b(?:sam|bih)\s+\w+(?:ao|io|eo|uo)\b")
    found = [entry.msgstr for entry in catalogue if not entry.obsolete and gendered.search(entry.msgstr)]
    assert found == []
