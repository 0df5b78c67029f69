"""The demo tells the truth about files: real PDFs in the languages each entry lists, with the text
in that language, for at least a third of the library in each of sq, cnr and it."""

import io

import pytest
from pypdf import PdfReader

from demo import data
from resources.models import Resource

pytestmark = pytest.mark.django_db


def library_specs():
    return data.content("library")["resources"]


def english_entries():
    return {
        resource.slug: resource
        for resource in Resource.objects.filter(locale__language_code="en", live=True).prefetch_related(
            "files__document"
        )
    }


@pytest.mark.parametrize("language", ["sq", "cnr", "it"])
def test_a_third_of_the_library_has_a_real_file_in_each_language(language):
    entries = english_entries().values()
    with_file = [
        entry for entry in entries if entry.file_in(language) and entry.file_in(language).document_id
    ]

    assert len(with_file) * 3 >= len(entries)


def test_no_demo_entry_declares_a_file_it_lacks():
    entries = english_entries()

    for spec in library_specs():
        entry = entries[spec["slug"]]
        expected = ["en"] if spec.get("external_url") else spec["files"]
        assert entry.file_languages == expected, spec["slug"]
        for attached in entry.attached_files:
            if attached.document_id:
                assert attached.document.file.storage.exists(attached.document.file.name)
            else:
                assert attached.url == spec["external_url"]


@pytest.mark.parametrize("language", ["sq", "cnr", "it"])
def test_each_file_is_a_pdf_with_the_text_in_its_language(language):
    entries = english_entries()
    checked = 0
    for spec in library_specs():
        if language not in spec["files"] or spec.get("external_url"):
            continue
        with entries[spec["slug"]].file_in(language).document.file.open("rb") as handle:
            reader = PdfReader(io.BytesIO(handle.read()))
        text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
        summary = data.in_language(spec["summary"], language)
        assert summary != spec["summary"], f"{spec['slug']}: no {language} summary in the demo catalogue"
        assert " ".join(summary.split())[:40] in text, spec["slug"]
        checked += 1
    assert checked >= 11


def test_the_languages_page_counts_a_library_entry_as_translated_only_with_its_file():
    from django.utils import translation

    from languages.overview import language_overview

    entries = english_entries().values()
    with translation.override("en"):  # the labels: a request before may have left another language on
        overview = language_overview()
    shares = {
        language.code: next(share for share in language.shares if share.label == "Library resources")
        for language in overview
    }

    for code, share in shares.items():
        assert share.translated <= sum(1 for entry in entries if code in entry.file_languages), code
        assert share.translated and share.outdated and share.missing, code  # a real mix
    assert len({share.translated for share in shares.values()}) > 1
