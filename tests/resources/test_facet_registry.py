"""A library facet is declared once: one registry entry reaches the public filters, their counts, the
rendered facet list, the import/export columns and the admin's filters."""

import io

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from core.listing import understood_parameters
from resources import facets as registry
from resources.exchange import columns
from resources.facets import ChoiceFacet
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db

LICENCES = [("CC-BY-4.0", "CC BY 4.0"), ("public-domain", "Public domain")]


@pytest.fixture
def licence_facet(monkeypatch):
    """A test-only facet on an existing field (Resource.licence), registered like any other."""
    facet = ChoiceFacet("licence", "licence", "Licence", LICENCES)
    monkeypatch.setattr(registry, "FACETS", [*registry.FACETS, facet])
    return facet


@pytest.fixture
def licensed():
    ResourceFactory(title="Open guide", licence="CC-BY-4.0", tags=["licence-test"])
    ResourceFactory(title="Open template", licence="CC-BY-4.0", tags=["licence-test"])
    ResourceFactory(title="Old report", licence="public-domain", tags=["licence-test"])


def test_the_library_filters_counts_and_lists_a_newly_registered_facet(client, licence_facet, licensed):
    response = client.get("/en/resources/?tag=licence-test&licence=CC-BY-4.0&licence=no-such-licence")

    assert response.context["filters"].selected["licence"] == ["CC-BY-4.0"]
    assert sorted(r.title for r in response.context["page_obj"].object_list) == [
        "Open guide",
        "Open template",
    ]
    options = {option.value: option.count for option in response.context["facets"]["licence"]}
    assert options == {"CC-BY-4.0": 2, "public-domain": 1}
    fieldset = next(
        fieldset
        for fieldset in BeautifulSoup(response.content, "html.parser").select("fieldset.facet")
        if fieldset.legend.get_text(strip=True) == "Licence"
    )
    boxes = fieldset.select("input[name=licence]")
    assert [(box["value"], box.has_attr("checked")) for box in boxes] == [
        ("CC-BY-4.0", True),
        ("public-domain", False),
    ]
    next_page_params = response.context["filters"].params()
    assert ("licence", "CC-BY-4.0") in next_page_params


def test_without_the_registry_entry_the_parameter_means_nothing(client, licensed):
    response = client.get("/en/resources/?tag=licence-test&licence=CC-BY-4.0")

    assert "licence" not in response.context["facets"]
    assert len(response.context["page_obj"].object_list) == 3


def test_export_and_import_carry_the_new_facet_column(tmp_path, licence_facet, licensed):
    assert columns().count("licence") == 1
    assert columns().index("licence") < columns().index("external_url")  # among the facet columns

    exported = tmp_path / "library.csv"
    call_command("export_resources", str(exported), stderr=io.StringIO())
    header = exported.read_text().splitlines()[0].split(",")
    assert header == columns()

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "slug,title,summary,resource_type,licence\nbad-licence,Bad,A summary.,guide,all-rights-reserved\n"
    )
    output = io.StringIO()
    with pytest.raises(CommandError, match="Rejected rows: 1"):
        call_command("import_resources", str(bad), stdout=output, stderr=output)
    assert "unknown licence 'all-rights-reserved'" in output.getvalue()


def test_communication_officer_filters_the_admin_list_by_the_new_facet(client, licence_facet, licensed):
    officer = get_user_model().objects.create_user("officer", "officer@example.org", "pw")
    officer.groups.add(Group.objects.get(name="Communication officers"))
    client.force_login(officer)

    response = client.get("/admin/snippets/resources/resource/", {"licence": "public-domain"})

    assert response.status_code == 200
    assert "licence" in response.context["filters"].form.fields
    assert [str(resource) for resource in response.context["page_obj"].object_list] == ["Old report"]


def test_the_page_cache_keys_library_pages_on_a_newly_registered_facet(licence_facet):
    assert "licence" in understood_parameters()
