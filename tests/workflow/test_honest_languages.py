"""What visitors read while content is being translated: sent but untranslated, and partly translated.

Each test drives the admin as the role that does the step (an officer sends for translation, a
translator uploads a PO file and publishes) and checks the public result: the content's `lang`,
the notice, hreflang, canonical, the sitemap, the RSS feed, the listing and search.
"""

import re

import polib
import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation

from resources.models import Resource
from tests.factories.home import NewsPageFactory
from tests.factories.resources import ResourceFactory

from .conftest import news_index_of

TITLE = "Quokka apprenticeships in the mountains"
FIRST = "Quokkas learn carpentry from trainers."
SECOND = "Their logbooks record every tool."
ALBANIAN_TITLE = "Praktika e kuokave në male"


@pytest.fixture
def english_news(home_pages):
    index = news_index_of(home_pages["en"])
    page = NewsPageFactory(
        parent=index,
        title=TITLE,
        slug="quokka-apprenticeships",
        summary="Quokkas at work.",
        body=[("paragraph", RichText(f"<p>{text}</p>")) for text in (FIRST, SECOND)],
    )
    page.save_revision().publish()
    call_command("sync_locale_trees")
    return Page.objects.get(pk=page.pk).specific


def send_for_translation(client, user, page, locales, codes, committed):
    client.force_login(user)
    with committed(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [locales[code].pk for code in codes]},
        )
    assert response.status_code == 302
    client.logout()


def article_lang(html):
    return re.search(r'<article lang="([^"]+)"', html).group(1)


def hreflangs(html):
    return set(re.findall(r'<link rel="alternate" hreflang="([^"]+)"', html))


def canonical(html):
    return re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)


def test_news_sent_for_translation_reads_as_english_everywhere(
    client, officer, english_news, locales, committed
):
    send_for_translation(client, officer, english_news, locales, ["cnr", "it"], committed)
    copy = english_news.get_translation(locales["cnr"])
    assert copy.alias_of_id is None and copy.live  # a real page now, but with English text

    html = client.get("/cnr/news/quokka-apprenticeships/").content.decode()
    assert '<html lang="cnr"' in html  # the interface is Montenegrin
    assert article_lang(html) == "en"  # the text is not
    assert "notice--translation" in html
    assert "(engleski)" in html  # the language named as a sentence names it (issue 28)
    assert "cnr" not in hreflangs(html) and "en" in hreflangs(html)
    assert canonical(html) == "http://testserver/en/news/quokka-apprenticeships/"
    assert "cnr" not in hreflangs(client.get("/en/news/quokka-apprenticeships/").content.decode())

    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/en/news/quokka-apprenticeships/" in sitemap
    assert "/cnr/news/quokka-apprenticeships/" not in sitemap
    assert "quokka" not in client.get("/cnr/news/feed/").content.decode().lower()
    listing = client.get("/cnr/news/").content.decode()
    assert re.search(r'<li lang="en">(?:(?!</li>).)*quokka-apprenticeships', listing, re.S)
    results = client.get("/cnr/search/", {"q": "quokkas carpentry"}).content.decode()
    assert "/cnr/news/quokka-apprenticeships/" not in results


def test_partly_translated_news_says_how_much_and_marks_the_english_blocks(
    client, officer, translator_sq, english_news, locales, committed
):
    send_for_translation(client, officer, english_news, locales, ["sq"], committed)
    translation = Translation.objects.get(
        source__object_id=english_news.translation_key, target_locale=locales["sq"]
    )

    # The Albanian translator translates the title only, uploads the PO file and publishes.
    client.force_login(translator_sq)
    po = polib.pofile(
        client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).content.decode()
    )
    for entry in po:
        entry.msgstr = ALBANIAN_TITLE if entry.msgid == TITLE else ""
    sq_page = english_news.get_translation(locales["sq"])
    edit_url = reverse("wagtailadmin_pages:edit", args=[sq_page.pk])
    upload = SimpleUploadedFile("sq.po", str(po).encode(), content_type="text/x-gettext-translation")
    client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": edit_url}
    )
    with committed(execute=True):
        assert client.post(edit_url, {"action": "publish"}, follow=True).status_code == 200
    client.logout()

    html = client.get("/sq/news/quokka-apprenticeships/").content.decode()
    assert article_lang(html) == "sq"
    assert ALBANIAN_TITLE in html
    percent = re.search(r"(\d+) % të përkthyera", html)
    assert percent and 0 < int(percent.group(1)) < 100
    assert "shfaqet në anglisht" in html
    assert re.search(rf'<div lang="en"><div class="rich-text"><p>{FIRST}</p>', html)
    assert f"<h1>{ALBANIAN_TITLE}</h1>" in html  # translated: no lang of its own
    assert "sq" in hreflangs(html)
    assert "http://testserver/sq/news/quokka-apprenticeships/" in client.get("/sitemap.xml").content.decode()
    assert ALBANIAN_TITLE in client.get("/sq/news/feed/").content.decode()


@pytest.fixture
def english_resource(db):
    return ResourceFactory(
        title="Quokka workshop toolkit", slug="quokka-toolkit", summary="Tools for quokkas."
    )


def test_library_entry_sent_for_translation_reads_as_english(
    client, officer, english_resource, locales, committed
):
    client.force_login(officer)
    with committed(execute=True):
        response = client.post(
            reverse(
                "wagtail_localize:submit_snippet_translation",
                args=["resources", "resource", english_resource.pk],
            ),
            {"locales": [locales["sq"].pk]},
        )
    assert response.status_code == 302
    assert Resource.objects.filter(
        translation_key=english_resource.translation_key, locale=locales["sq"]
    ).exists()
    client.logout()

    html = client.get("/sq/resources/quokka-toolkit/").content.decode()
    assert '<article class="resource" lang="en">' in html
    assert "notice--translation" in html
    assert canonical(html) == "http://testserver/en/resources/quokka-toolkit/"
    assert "sq" not in hreflangs(html)
    listing = client.get("/sq/resources/", {"q": "quokka"}).content.decode()
    assert re.search(
        r'<article class="card resource-card" lang="en">\s*<h3[^>]*><a href="[^"]*quokka-toolkit/', listing
    )
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/en/resources/quokka-toolkit/" in sitemap
    assert "/sq/resources/quokka-toolkit/" not in sitemap


def test_partly_translated_library_entry_says_how_much(client, officer, english_resource, locales, committed):
    from wagtail_localize.models import StringSegment, StringTranslation

    client.force_login(officer)
    with committed(execute=True):
        client.post(
            reverse(
                "wagtail_localize:submit_snippet_translation",
                args=["resources", "resource", english_resource.pk],
            ),
            {"locales": [locales["sq"].pk]},
        )
    client.logout()
    translation = Translation.objects.get(
        source__object_id=english_resource.translation_key, target_locale=locales["sq"]
    )
    # The translator has translated the title only (as after a sync that added English text).
    segment = StringSegment.objects.select_related("string").get(
        source=translation.source, string__data="Quokka workshop toolkit"
    )
    StringTranslation.objects.create(
        translation_of=segment.string, locale=locales["sq"], context=segment.context, data="Paketa e kuokave"
    )
    with committed(execute=True):
        translation.save_target(publish=True)

    html = client.get("/sq/resources/quokka-toolkit/").content.decode()
    assert '<article class="resource" lang="sq">' in html
    percent = re.search(r"(\d+) % të përkthyera — pjesa tjetër shfaqet në anglisht", html)
    assert percent and 0 < int(percent.group(1)) < 100
