"""Adding a language: with a fifth language in the settings and no demo catalogue for it, the seed
builds it in English with warnings, and every public URL answers in it."""

import io
import logging

import pytest

from django.core.management import call_command

from wagtail.models import Locale

from demo.data import catalogue
from demo.public_urls import public_urls
from home.models import HomePage, StandardPage

GERMAN = ("de", "Deutsch")


@pytest.fixture
def german(db, settings):
    settings.LANGUAGES = [*settings.LANGUAGES, GERMAN]
    settings.WAGTAIL_CONTENT_LANGUAGES = [*settings.WAGTAIL_CONTENT_LANGUAGES, GERMAN]
    return Locale.objects.create(language_code="de")


def test_a_language_without_a_catalogue_is_seeded_in_english_with_warnings(
    german, client, caplog, django_capture_on_commit_callbacks
):
    assert catalogue("de") == {}
    with caplog.at_level(logging.WARNING, logger="demo"), django_capture_on_commit_callbacks(execute=True):
        call_command("seed_site", stdout=io.StringIO())

    about = StandardPage.objects.get(slug="about", locale=german)
    assert about.title == "About the project" and about.live and about.alias_of_id is None
    assert HomePage.objects.get(locale=german, depth=2).live
    warnings = [record.getMessage() for record in caplog.records if record.name.startswith("demo")]
    assert "No de demo translation for 'About the project': seeded in English" in warnings

    urls = public_urls("de")
    assert any(url.url.startswith("/de/resources/") for url in urls)
    for url in urls:
        response = client.get(url.url)
        assert response.status_code < 500, url
        assert response.status_code == url.status, url
