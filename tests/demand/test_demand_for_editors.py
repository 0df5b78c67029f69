"""Editors see the demand: "requested by N" in the translation status, sorted by it, and a report."""

import pytest

from django.urls import reverse

from demand.models import ReuseReport, TranslationRequest
from resources.models import Resource
from tests.editorial.conftest import user_for

pytestmark = pytest.mark.django_db

ENGLISH_ONLY = "eqavet-indicators-workbook"


def ask(resource, language, times):
    for _ in range(times):
        TranslationRequest.record(resource, language)


@pytest.fixture
def requested():
    resource = Resource.objects.get(slug=ENGLISH_ONLY, locale__language_code="en")
    ask(resource, "sq", 20)  # more than any seeded item in all languages
    ask(resource, "it", 1)
    return resource


def test_the_translation_status_shows_and_sorts_by_requests(client, requested):
    client.force_login(user_for("coordinator"))

    html = client.get(reverse("translation_status") + "?sort=requested").content.decode()

    assert "requested by 20 visitors" in html
    assert "requested by 1 visitor" in html
    resources_table = html[html.index("Library resources") :]
    body = resources_table[resources_table.index("<tbody>") :]
    first_row = body[: body.index("</tr>")]
    assert requested.title in first_row


def test_a_translator_sees_the_requests_of_their_own_language_only(client, requested):
    client.force_login(user_for("translator", "it"))

    html = client.get(reverse("translation_status") + "?sort=requested").content.decode()

    assert "requested by 1 visitor" in html
    assert "requested by 20 visitors" not in html


def test_the_report_lists_the_most_requested_items_per_language(client, requested):
    client.force_login(user_for("officer"))

    html = client.get(reverse("translation_requests_report") + "?language_code=sq").content.decode()
    csv = b"".join(
        client.get(reverse("translation_requests_report") + "?export=csv").streaming_content
    ).decode()

    assert requested.title in html
    assert csv.splitlines()[1].startswith(f"{requested.title},")
    assert ",sq,20," in csv


def test_a_translator_cannot_read_the_report(client, requested):
    client.force_login(user_for("translator", "sq"))

    assert client.get(reverse("translation_requests_report")).status_code in (302, 403)


def test_the_resource_page_costs_the_same_queries_with_many_reports_and_requests(assert_queries_constant):
    resource = Resource.objects.get(slug=ENGLISH_ONLY, locale__language_code="en")

    def add(count, start):
        for number in range(count):
            ReuseReport.objects.create(
                resource=resource,
                translation_key=resource.translation_key,
                language_code="sq",
                country="AL" if number % 2 else "ME",
                organisation_type="ngo",
                learners=5,
                comment=f"Comment {start + number}",
                status="approved",
            )
            TranslationRequest.record(resource, "sq")

    assert_queries_constant([f"/sq/resources/{ENGLISH_ONLY}/"], add, sizes=(1, 20))
