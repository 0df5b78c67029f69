"""The Erasmus+ results export a coordinator sends to the funder: every link on the public origin
(PUBLIC_BASE_URL), and only the partnership's own outputs, not the EU texts the library lends."""

import csv
import io

import pytest

from django.urls import reverse

from editorial.roles import COORDINATOR
from resources.models import Resource
from tests.editorial.conftest import user_for

pytestmark = pytest.mark.django_db

PUBLIC = "https://vet-web.example"
EU_PUBLISHERS = ["European Commission", "Cedefop", "European Training Foundation"]


@pytest.fixture
def rows(client, settings):
    settings.WAGTAILAPI_BASE_URL = PUBLIC  # what PUBLIC_BASE_URL sets (settings/base.py)
    client.force_login(user_for(COORDINATOR))
    response = client.get(reverse("results_export"), {"format": "csv"}, HTTP_HOST="internal-app-3:8000")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_every_link_starts_at_the_public_origin(rows):
    links = [row["Link"] for row in rows if row["Link"]]
    types = {row["Result type"] for row in rows if row["Link"]}

    assert {"Event", "Case study"} <= types
    assert links and all(link.startswith(PUBLIC + "/") for link in links), links
    assert not [link for link in links if "localhost" in link or "internal-app" in link]


def test_only_the_partnerships_own_outputs_are_results(rows):
    titles = {row["Result title"] for row in rows}
    english = Resource.objects.filter(locale__language_code="en", live=True)
    lent = set(english.filter(publisher__in=EU_PUBLISHERS).values_list("title", flat=True))
    own = set(english.filter(publisher="VET-WEB partnership").values_list("title", flat=True))

    assert lent and own
    assert not lent & titles
    assert own <= titles
