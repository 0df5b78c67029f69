"""The demo library: real EU frameworks, 30+ resources, most translated, and safe to seed again."""

import pytest

from django.db.models import Count

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


def test_demo_pdf_has_a_valid_cross_reference_table():
    content = demo_pdf("EQF (levels)")
    start = int(content.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])

    assert content[start:].startswith(b"xref")
    assert b"/Type /Catalog" in content
