"""The demo library: real EU frameworks, 30+ resources, most translated, and safe to seed again."""

import io

import pytest
from pypdf import PdfReader

from django.db.models import Count

from demo import pdf
from demo.pdf import demo_pdf
from demo.seed.library import seed_library
from resources.models import Framework, Resource

pytestmark = pytest.mark.django_db


def test_seed_has_the_eu_frameworks_in_every_language():
    per_locale = dict(Framework.objects.values_list("locale__language_code").annotate(n=Count("pk")))

    assert per_locale == {"en": 10, "sq": 10, "cnr": 10, "it": 10}
    assert set(Framework.objects.values_list("slug", flat=True)) >= {
        "eqf",
        "ecvet",
        "eqavet",
        "europass",
        "esco",
    }
    assert all(url.startswith("https://") for url in Framework.objects.values_list("official_url", flat=True))


def test_seed_has_thirty_resources_mostly_translated_some_not():
    english = Resource.objects.filter(locale__language_code="en").count()
    albanian = Resource.objects.filter(locale__language_code="sq").count()

    assert english >= 30
    assert english * 0.6 < albanian < english
    assert Resource.objects.values("resource_type").distinct().count() == 7


def test_seeding_again_creates_nothing():
    before = (Resource.objects.count(), Framework.objects.count())

    seed_library(log=lambda message: None)

    assert (Resource.objects.count(), Framework.objects.count()) == before


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return len(reader.pages), " ".join(page.extract_text() for page in reader.pages)


def test_demo_pdf_is_a_readable_two_page_document_about_the_resource():
    pages, text = pdf_text(demo_pdf("EQF (levels)", "The eight levels on one page."))

    assert pages == 2
    assert "EQF (levels)" in text and "The eight levels on one page." in text
    assert "Using it in a workshop" in text


def test_a_translated_demo_pdf_is_written_in_its_language():
    pages, text = pdf_text(demo_pdf("I livelli EQF in una pagina", "Gli otto livelli.", "it"))

    assert "I livelli EQF in una pagina" in text
    assert "Come usarlo in un laboratorio" in text and "Using it in a workshop" not in text


def test_seeded_library_files_are_real_documents_of_some_kilobytes(db):
    resource = Resource.objects.get(locale__language_code="en", slug="eqavet-indicators-workbook")
    document = resource.file_in("en").document
    with document.file.open("rb") as handle:
        pages, text = pdf_text(handle.read())

    assert pages == 2 and "Workbook on the EQAVET indicators" in text
    assert document.file_size > 1024


def test_without_dejavu_the_demo_pdf_still_reads_with_plain_letters(monkeypatch):
    monkeypatch.setattr(pdf, "FONT_FOLDERS", ())
    pages, text = pdf_text(demo_pdf("Samoprocjena za pružaoce", "Četiri faze; đak.", "cnr"))

    assert pages == 2
    assert "Samoprocjena za pruzaoce" in text
    assert "Cetiri faze; dak." in text and "Cemu sluzi ovaj alat" in text
