"""File languages are facts: what the library says about the languages of a file comes from the
files attached to the entry, on its page, in the File language facet, the download, the API and
the Erasmus+ export; the admin shows which are missing and the translation status counts them."""

import importlib
import re

import pytest

from django.conf import settings

from wagtail.models import Locale

from demo.pdf import demo_document
from resources.models import Resource, ResourceDownload, ResourceFile
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db

# In the demo: English and Italian files, translated into Italian only.
EN_IT = "eqavet-learner-feedback-template"


def with_file_in(language, visitor="sq", **filters):
    """Slugs the library of `visitor` lists with a file attached in `language`."""
    listed = Resource.objects.in_library_of(Locale.objects.get(language_code=visitor)).filter(**filters)
    return set(listed.filter(files__language=language).values_list("slug", flat=True))


def listed_slugs(html):
    return set(re.findall(r'<h3 class="card__title"><a href="/\w+/resources/([\w-]+)/">', html))


def test_the_albanian_templates_are_those_with_an_albanian_file_and_download_it(client):
    """The bug of issue 26: every entry listed declared an Albanian file and served the English one."""
    html = client.get("/sq/resources/?type=template&language=sq").content.decode()
    expected = with_file_in("sq", resource_type="template")
    all_templates = Resource.objects.filter(resource_type="template", live=True).values_list(
        "slug", flat=True
    )

    assert listed_slugs(html) == expected
    assert expected and set(all_templates) - expected  # a real mix: some templates have no Albanian file
    for slug in expected:
        assert f'href="/sq/resources/{slug}/download/?language=sq" hreflang="sq" download' in html
        albanian = ResourceFile.objects.get(
            resource__slug=slug, resource__locale__language_code="en", language="sq"
        )
        response = client.get(f"/sq/resources/{slug}/download/")
        assert response.status_code == 302
        assert response["Location"] == albanian.document.url


@pytest.mark.parametrize("visitor", ["en", "sq", "cnr", "it"])
def test_the_file_language_facet_counts_the_attached_files(client, visitor):
    response = client.get(f"/{visitor}/resources/")
    options = {option.value: option.count for option in response.context["facets"]["language"]}

    for code, _name in settings.LANGUAGES:
        assert options[code] == len(with_file_in(code, visitor)), code
    assert len(set(options.values())) > 1  # the demo's files are a real mix


def test_the_entry_page_names_the_languages_its_file_is_attached_in(client):
    html = client.get(f"/sq/resources/{EN_IT}/").content.decode()
    facts = html.split("resource__facts")[1].split("</dl>")[0]

    assert "<dd>anglisht, italisht</dd>" in facts.lower()
    assert "shqip" not in facts.lower()
    assert "Ky skedar nuk ekziston ende në shqip" in html or "nuk ekziston" in html
    assert f'href="/sq/resources/{EN_IT}/download/?language=en" hreflang="en"' in html
    assert f'href="/sq/resources/{EN_IT}/download/?language=it" hreflang="it"' in html


def test_a_download_without_a_file_in_the_visitors_language_says_which_languages_exist(client):
    before = ResourceDownload.objects.count()

    response = client.get(f"/cnr/resources/{EN_IT}/download/")
    html = response.content.decode()

    assert response.status_code == 200
    assert f'href="/cnr/resources/{EN_IT}/download/?language=en" hreflang="en" download' in html
    assert f'href="/cnr/resources/{EN_IT}/download/?language=it" hreflang="it" download' in html
    assert "?language=sq" not in html and "?language=cnr" not in html
    assert ResourceDownload.objects.count() == before  # nothing was downloaded


def test_a_download_in_a_language_asked_for_serves_that_file(client):
    english = Resource.objects.get(slug=EN_IT, locale__language_code="en")

    italian = client.get(f"/cnr/resources/{EN_IT}/download/?language=it")
    missing = client.get(f"/cnr/resources/{EN_IT}/download/?language=sq")

    assert italian["Location"] == english.file_in("it").document.url
    assert missing.status_code == 200 and "?language=it" in missing.content.decode()


def test_a_deleted_document_leaves_no_claim_of_its_language(client):
    document = demo_document("deleted-albanian-file", "Skedar", language="sq")
    resource = ResourceFactory(files={"en": "https://example.org/en", "sq": document})

    document.delete()

    assert Resource.objects.get(pk=resource.pk).file_languages == ["en"]


def test_a_card_without_a_file_in_the_visitors_language_names_the_language_of_the_one_it_offers(client):
    html = client.get("/sq/resources/?type=template").content.decode()
    card = html.split(f'resources/{EN_IT}/"')[1].split("</article>")[0]

    assert f'href="/sq/resources/{EN_IT}/download/?language=en"' in card
    assert "(anglisht, PDF" in card


def test_the_api_gives_the_attached_files_and_the_one_in_the_requested_language(client):
    data = client.get("/api/v2/resources/", {"locale": "sq", "type": "template", "language": "sq"}).json()
    english = Resource.objects.filter(locale__language_code="en", live=True)

    assert {item["slug"] for item in data["items"]} == with_file_in("sq", resource_type="template")
    for item in data["items"]:
        source = english.get(slug=item["slug"])
        assert [entry["key"] for entry in item["file_languages"]] == source.file_languages
        assert [entry["language"]["key"] for entry in item["files"]] == source.file_languages
        assert item["download_language"] == "sq"
        assert item["download_url"].endswith(f"/sq/resources/{item['slug']}/download/?language=sq")
        assert item["download_size"] == source.file_in("sq").size


def test_the_erasmus_export_lists_the_languages_of_the_files(rf):
    from results.export import result_rows

    rows = {row["title"]: row for row in result_rows(rf.get("/"))}
    listed = Resource.objects.filter(locale__language_code="en", live=True, title__in=rows).prefetch_related(
        "files"
    )
    assert listed, "the partnership's own library entries are results"
    for resource in listed:
        if resource.file_languages:
            assert rows[resource.title]["languages"] == ", ".join(resource.file_languages)


def test_the_admin_edit_screen_shows_which_file_is_attached_and_which_is_missing(client):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from editorial.setup import COMMUNICATION_OFFICERS

    officer = get_user_model().objects.create_user("officer-files", "officer-files@example.org", "pw")
    officer.groups.add(Group.objects.get(name=COMMUNICATION_OFFICERS))
    resource = Resource.objects.get(slug=EN_IT, locale__language_code="en")
    client.force_login(officer)

    html = client.get(f"/admin/snippets/resources/resource/edit/{resource.pk}/").content.decode()
    table = html.split("Languages of the file")[1].split("</table>")[0]
    rows = dict(re.findall(r'<th scope="row">(\w+)</th>\s*<td>(.*?)</td>', table, re.S))

    assert rows["English"].startswith("Attached:")
    assert rows["Italian"].startswith("Attached:")
    assert "Missing" in rows["Albanian"] and "Missing" in rows["Montenegrin"]


def test_the_admin_refuses_a_file_with_neither_document_nor_link(client, superuser):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    client.force_login(superuser)
    data = nested_form_data(
        {
            "title": "No file at all",
            "slug": "no-file-at-all",
            "summary": "A file row left empty.",
            "description": "",
            "resource_type": "guide",
            "publisher": "",
            "publication_year": "",
            "licence": "",
            "tags": "",
            "framework_links": inline_formset([]),
            "files": inline_formset([{"language": "sq", "url": "", "document": ""}]),
        }
    )
    data["audiences"] = ["trainers"]

    response = client.post("/admin/snippets/resources/resource/add/?locale=en", data)

    assert response.status_code == 200
    assert not Resource.objects.filter(slug="no-file-at-all").exists()


def test_the_translation_status_counts_a_missing_file():
    from editorial.translation_status import OUTDATED, translation_status

    statuses = {str(status.label): status for status in translation_status()}
    rows = {row.obj.slug: row for row in statuses["Library resources"].rows}
    checked = 0
    for slug, row in rows.items():
        source = Resource.objects.get(slug=slug, locale__language_code="en")
        for state in row.languages:
            code = state.locale.language_code
            if source.file_languages and code not in source.file_languages and state.state != "missing":
                assert state.file_missing and state.state == OUTDATED
                assert str(state.label) == "File missing"
                checked += 1
            elif code in source.file_languages:
                assert not state.file_missing
    assert checked


def test_the_migration_keeps_every_file_in_the_language_it_was_in():
    migration = importlib.import_module("resources.migrations.0006_files_per_language")
    codes = {1: "en", 2: "sq", 3: "it"}

    def row(locale_id, document_id=None, url="", languages=""):
        return {
            "locale_id": locale_id,
            "document_id": document_id,
            "external_url": url,
            "file_languages": languages,
        }

    # The source's document, in the source language; a translation's own document, in its language.
    assert migration._files_of([row(1, 10, "", "|en|sq|"), row(2, 11), row(3, 10)], codes) == {
        "en": {"document_id": 10},
        "sq": {"document_id": 11},
    }
    # The old field named exactly one language: the source's document is in that language.
    assert migration._files_of([row(1, 10, "", "|sq|"), row(2, 10)], codes) == {"sq": {"document_id": 10}}
    # A link only; nothing at all.
    assert migration._files_of([row(1, None, "https://europa.eu/x", "|en|it|")], codes) == {
        "en": {"url": "https://europa.eu/x"}
    }
    assert migration._files_of([row(1), row(2)], codes) == {}
