"""The demo shows the demand: requested items, approved reports of use and one waiting."""

import pytest

from demand.models import ReuseReport, TranslationRequest
from demo.seed.demand import seed_demand
from resources.models import Resource

pytestmark = pytest.mark.django_db


def test_the_demo_entry_shows_its_approved_use_and_hides_the_pending_comment(client):
    html = client.get("/sq/resources/eqavet-self-assessment-for-providers/").content.decode()

    assert "Përdorur 3 herë në 3 vende." in html
    assert "lista e pyetjeve ndihmoi shumë" in html
    assert "me praktikantët e rinj" not in html
    assert ReuseReport.objects.filter(status="pending").count() == 1


def test_the_demo_untranslated_entry_says_how_often_it_was_requested(client):
    html = client.get("/sq/resources/mentoring-logbook-template/").content.decode()

    assert "Kërkuar 7 herë" in html


def test_seeding_again_adds_nothing():
    before = (list(TranslationRequest.objects.values_list("count", flat=True)), ReuseReport.objects.count())

    seed_demand(log=lambda message: None)

    after = (list(TranslationRequest.objects.values_list("count", flat=True)), ReuseReport.objects.count())
    assert after == before
    assert Resource.objects.filter(slug="mentoring-logbook-template").exists()
