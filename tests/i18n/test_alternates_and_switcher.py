"""Each page names its translations for search engines and offers them to visitors as plain links."""

import re

import pytest

from wagtail.models import Page

from tests.conftest import LANGUAGES
from tests.factories.home import StandardPageFactory


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_lists_every_translation_and_x_default(client, db, code):
    html = client.get(f"/{code}/").content.decode()
    assert alternates(html) == {
        **{other: f"http://testserver/{other}/" for other in LANGUAGES},
        "x-default": "http://testserver/en/",
    }
    assert f'<link rel="canonical" href="http://testserver/{code}/">' in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_switcher_links_to_the_same_page_in_every_language(client, db, code):
    html = client.get(f"/{code}/about/").content.decode()
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    for other in LANGUAGES:
        assert f'href="/{other}/about/" hreflang="{other}" lang="{other}"' in switcher
    assert switcher.count('aria-current="true"') == 1
    assert f'hreflang="{code}" lang="{code}" aria-current="true"' in switcher


def test_untranslated_page_shows_the_original_with_a_notice(client, home_page, run_on_commit):
    page = StandardPageFactory(parent=home_page, title="Open call for trainers", slug="open-call")
    page.save_revision().publish()
    from django.core.management import call_command

    call_command("sync_locale_trees")
    alias = Page.objects.get(translation_key=page.translation_key, locale__language_code="sq")
    assert alias.alias_of_id == page.pk

    html = client.get("/sq/open-call/").content.decode()
    assert "Kjo faqe nuk është përkthyer ende në gjuhën tuaj" in html
    assert "(anglisht)" in html
    assert '<article lang="en">' in html
    # Search engines are told only about the real (English) version.
    assert set(alternates(html)) == {"en", "x-default"}


def test_translated_page_has_no_untranslated_notice(client, db):
    html = client.get("/sq/about/").content.decode()
    assert "nuk është përkthyer" not in html
    assert '<article lang="sq">' in html
