"""Visitors land on their language; every language has its prefix; Montenegrin works end to end."""

import pytest

from django.conf import global_settings, settings
from django.utils.translation import get_supported_language_variant

from tests.conftest import LANGUAGES


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("sq-AL,sq;q=0.9", "/sq/"),
        ("sr-ME", "/cnr/"),
        ("sr-Latn-ME,sr;q=0.8,en;q=0.5", "/cnr/"),
        ("cnr", "/cnr/"),
        # Regional variants go where their bare language goes (hr and sr readers read Montenegrin).
        ("hr-HR", "/cnr/"),
        ("sr-RS", "/cnr/"),
        ("bs-BA,en;q=0.5", "/cnr/"),
        ("sr-Cyrl-RS", "/cnr/"),
        ("it-IT,it;q=0.9", "/it/"),
        ("de-DE", "/en/"),
        ("", "/en/"),
    ],
)
def test_visitor_at_root_is_sent_to_best_language(client, db, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_montenegrin_is_a_supported_language():
    assert get_supported_language_variant("cnr") == "cnr"


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_of_each_language_is_served_in_that_language(client, db, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert f'<html lang="{code}"' in response.content.decode()


def test_unknown_language_prefix_is_not_found(client, db):
    unused = next(code for code, _name in global_settings.LANGUAGES if code not in dict(settings.LANGUAGES))
    assert client.get(f"/{unused}/", follow=True).status_code == 404
