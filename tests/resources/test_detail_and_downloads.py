"""A resource's page, its language versions, and counted downloads."""

import datetime

import pytest

from django.utils import timezone

from demo.pdf import demo_document
from resources.models import Resource, ResourceDownload
from tests.conftest import LANGUAGES
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db

TRANSLATED = "eqavet-self-assessment-for-providers"
ENGLISH_ONLY = "eqavet-indicators-workbook"


def downloads(slug, language_code, locale_code=None):
    rows = ResourceDownload.objects.filter(resource__slug=slug, language_code=language_code)
    if locale_code:
        rows = rows.filter(resource__locale__language_code=locale_code)
    return sum(row.count for row in rows)


def test_detail_shows_the_resource_in_the_visitors_language(client):
    response = client.get(f"/sq/resources/{TRANSLATED}/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1>Vetëvlerësimi EQAVET për ofruesit e AFP-së</h1>" in html
    assert 'class="resource" lang="sq"' in html
    assert "notice--translation" not in html


def test_detail_shows_file_type_and_size_before_download(client):
    resource = Resource.objects.get(slug=TRANSLATED, locale__language_code="sq")
    html = client.get(f"/sq/resources/{TRANSLATED}/").content.decode()

    assert "PDF" in html
    assert resource.file_in("sq").size > 0
    assert f'href="/sq/resources/{TRANSLATED}/download/?language=sq"' in html


def test_detail_links_the_languages_the_resource_exists_in(client):
    html = client.get(f"/sq/resources/{TRANSLATED}/").content.decode()

    for code in LANGUAGES:
        assert f'href="/{code}/resources/{TRANSLATED}/" hreflang="{code}"' in html


def test_detail_has_a_cite_as_line(client):
    html = client.get(f"/en/resources/{TRANSLATED}/").content.decode()

    assert 'class="cite-as"' in html
    assert "VET-WEB partnership (2024). <cite>EQAVET self-assessment for VET providers</cite>." in html
    assert f"http://testserver/en/resources/{TRANSLATED}/" in html


def test_untranslated_resource_is_shown_in_english_with_an_honest_notice(client):
    response = client.get(f"/sq/resources/{ENGLISH_ONLY}/")
    html = response.content.decode()

    assert response.status_code == 200
    assert response.context["is_fallback"] is True
    assert 'class="resource" lang="en"' in html
    assert "notice--translation" in html
    assert f'<a href="/en/resources/{ENGLISH_ONLY}/" hreflang="en" lang="en">' in html
    assert (
        f'href="/sq/resources/{ENGLISH_ONLY}/" hreflang="sq"'
        not in html.split("notice--translation")[1].split("</aside>")[0]
    )


def test_language_switcher_links_to_the_same_resource(client):
    response = client.get(f"/it/resources/{TRANSLATED}/")
    links = {link.code: link for link in response.context["language_links"]}

    assert links["sq"].url == f"/sq/resources/{TRANSLATED}/"
    assert links["it"].is_active
    assert all(link.is_translated for link in links.values())


def test_download_counts_per_language_and_day_then_serves_the_document(client):
    resource = Resource.objects.get(slug=TRANSLATED, locale__language_code="sq")
    before = downloads(TRANSLATED, "sq", "sq")

    first = client.get(f"/sq/resources/{TRANSLATED}/download/", REMOTE_ADDR="198.51.100.1")
    client.get(f"/sq/resources/{TRANSLATED}/download/", REMOTE_ADDR="198.51.100.2")

    assert first.status_code == 302
    assert first["Location"] == resource.file_in("sq").document.url
    assert "no-cache" in first["Cache-Control"] or "max-age=0" in first["Cache-Control"]
    assert downloads(TRANSLATED, "sq", "sq") == before + 2, "two visitors, two downloads"
    row = ResourceDownload.objects.get(resource=resource, language_code="sq", date=timezone.localdate())
    assert row.count >= 2


def test_download_of_an_untranslated_resource_counts_for_the_visitors_language(client):
    client.get(f"/cnr/resources/{ENGLISH_ONLY}/download/?language=en")

    assert downloads(ENGLISH_ONLY, "cnr", "en") == 1
    assert downloads(ENGLISH_ONLY, "en") == 0


def test_downloads_on_another_day_get_their_own_counter(client):
    resource = ResourceFactory()
    ResourceDownload.record(resource, "it", day=datetime.date(2024, 6, 4))
    ResourceDownload.record(resource, "it", day=datetime.date(2024, 6, 4))
    ResourceDownload.record(resource, "it", day=datetime.date(2024, 6, 5))

    assert list(resource.downloads.order_by("date").values_list("date", "count")) == [
        (datetime.date(2024, 6, 4), 2),
        (datetime.date(2024, 6, 5), 1),
    ]


def test_download_of_an_external_resource_redirects_to_the_link(client):
    resource = ResourceFactory(external_url="https://europa.eu/tool")

    response = client.get(f"/en/resources/{resource.slug}/download/")

    assert response.status_code == 302
    assert response["Location"] == "https://europa.eu/tool"
    assert downloads(resource.slug, "en") == 1


def test_resource_without_file_or_link_has_no_download(client):
    resource = ResourceFactory(external_url="")

    assert client.get(f"/en/resources/{resource.slug}/download/").status_code == 404
    assert downloads(resource.slug, "en") == 0


def test_missing_document_file_is_not_a_server_error(client):
    document = demo_document("lost-file", "Lost file")
    document.file.storage.delete(document.file.name)
    resource = ResourceFactory(external_url="", document=document)

    response = client.get(f"/en/resources/{resource.slug}/download/", follow=True)

    assert response.status_code == 404


def test_seeded_document_is_a_pdf(client):
    resource = Resource.objects.get(slug=TRANSLATED, locale__language_code="en")
    with resource.file_in("en").document.file.open("rb") as handle:
        content = handle.read()

    assert content.startswith(b"%PDF-1.4")
    assert content.rstrip().endswith(b"%%EOF")
