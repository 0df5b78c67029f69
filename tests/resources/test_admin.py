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


def test_officer_adds_a_resource_with_several_audiences_in_the_admin(client, superuser):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    from resources.models import Framework

    eqf = Framework.objects.get(slug="eqf", locale__language_code="en")
    client.force_login(superuser)
    data = nested_form_data(
        {
            "title": "Made in the admin",
            "slug": "made-in-the-admin",
            "summary": "Added by a communication officer.",
            "description": "",
            "resource_type": "toolkit",
            "publisher": "",
            "publication_year": "2025",
            "licence": "",
            "tags": "admin-made, zebra",
            "framework_links": inline_formset([{"framework": eqf.pk}]),
            "files": inline_formset(
                [
                    {"language": "en", "url": "https://example.org/admin-made", "document": ""},
                    {"language": "it", "url": "https://example.org/it/admin-made", "document": ""},
                ]
            ),
        }
    )
    # Multiple choices are repeated keys; nested_form_data would turn a list into "name-0", "name-1".
    data.update({"audiences": ["trainers", "employers"], "eqf_levels": ["3"]})

    assert client.get("/admin/snippets/resources/resource/add/?locale=en").status_code == 200
    response = client.post("/admin/snippets/resources/resource/add/?locale=en", data)

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    resource = Resource.objects.get(slug="made-in-the-admin")
    assert resource.audiences == ["trainers", "employers"]
    assert resource.file_languages == ["en", "it"]
    assert [link.framework for link in resource.framework_links.all()] == [eqf]
    assert sorted(resource.tags.names()) == ["admin-made", "zebra"]
    assert client.get(f"/admin/snippets/resources/resource/edit/{resource.pk}/").status_code == 200
