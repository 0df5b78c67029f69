"""What a communication officer does in the admin: curate the library and export figures."""

import csv
import io

import pytest

from resources.models import Resource, ResourceDownload

pytestmark = pytest.mark.django_db


def rows_of(response):
    return list(csv.DictReader(io.StringIO(response.getvalue().decode("utf-8"))))


def test_resource_list_filters_and_searches(client, superuser):
    client.force_login(superuser)

    assert client.get("/admin/snippets/resources/resource/").status_code == 200
    assert (
        client.get("/admin/snippets/resources/resource/?audiences=trainers&framework=eqavet").status_code
        == 200
    )
    assert client.get("/admin/snippets/resources/resource/?q=eqavet").status_code == 200


def test_resources_export_as_csv(client, superuser):
    client.force_login(superuser)

    response = client.get("/admin/snippets/resources/resource/?export=csv")

    assert response["Content-Type"].startswith("text/csv")
    slugs = {row["Slug"] for row in rows_of(response)}
    assert "eqavet-self-assessment-for-providers" in slugs


def test_download_figures_per_resource_and_language_export_as_csv(client, superuser):
    resource = Resource.objects.get(slug="eqavet-indicators-workbook")
    ResourceDownload.record(resource, "sq")
    ResourceDownload.record(resource, "sq")
    ResourceDownload.record(resource, "cnr")
    client.force_login(superuser)

    assert client.get("/admin/reports/resource-downloads/").status_code == 200
    rows = rows_of(client.get("/admin/reports/resource-downloads/?export=csv"))

    figures = {(row["Slug"], row["Site language"]): row["Downloads"] for row in rows}
    assert figures[("eqavet-indicators-workbook", "sq")] == "2"
    assert figures[("eqavet-indicators-workbook", "cnr")] == "1"


def test_download_report_needs_a_login(client):
    assert client.get("/admin/reports/resource-downloads/").status_code == 302
