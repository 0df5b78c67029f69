"""/api/v2/resources/ read as a partner site reads it: every page of results, by facet, in each
language, with labels in that language and the library's own URLs."""

import pytest

from django.utils import translation

from wagtail.models import Locale, PageViewRestriction

from resources import facets as registry
from resources.choices import AUDIENCES, EQF_LEVELS, FILE_LANGUAGES, RESOURCE_TYPES
from resources.filters import LibraryFilters
from resources.models import Framework, Resource, ResourceLibraryPage
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "sq", "cnr", "it"]
FACETS = {
    "framework": lambda: Framework.objects.filter(locale=Locale.get_default()).first().slug,
    "type": lambda: "guide",
    "audience": lambda: "trainers",
    "eqf": lambda: "4",
    "language": lambda: "en",
    "tag": lambda: Resource.objects.filter(tagged_items__isnull=False).first().tags.first().name,
}
PARAMETER_OF_FACET = {"type": "type", "audience": "audience", "eqf": "eqf", "language": "language"}


def read_all(get_json, **params):
    """Every item of a listing, following offset/limit as a partner's client does."""
    items, offset = [], 0
    while True:
        status, data = get_json("/api/v2/resources/", {**params, "limit": 50, "offset": offset})
        assert status == 200, data
        items += data["items"]
        offset += 50
        if offset >= data["meta"]["total_count"]:
            assert len(items) == data["meta"]["total_count"]
            return items


def expected_slugs(language, facet, value):
    locale = Locale.objects.get(language_code=language)
    visible = LibraryFilters(selected={facet: [value]}).apply(Resource.objects.in_library_of(locale))
    return sorted(visible.values_list("slug", flat=True))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("facet", FACETS)
def test_a_partner_reads_resources_by_facet_in_each_language(get_json, public_origin, language, facet):
    value = FACETS[facet]()

    items = read_all(get_json, locale=language, **{facet: value})

    assert sorted(item["slug"] for item in items) == expected_slugs(language, facet, value)
    assert items, f"the demo has resources for {facet}={value}"
    for item in items:
        assert item["meta"]["html_url"] == f"{public_origin}/{language}/resources/{item['slug']}/"
        assert (
            item["download_url"]
            == f"{item['meta']['html_url']}download/?language={item['download_language']}"
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_labels_are_in_the_requested_language(get_json, language):
    items = read_all(get_json, locale=language)

    with translation.override(language):
        types = {key: str(label) for key, label in RESOURCE_TYPES}
        audiences = {key: str(label) for key, label in AUDIENCES}
        levels = {key: str(label) for key, label in EQF_LEVELS}
        file_languages = {key: str(label) for key, label in FILE_LANGUAGES}
    frameworks = {
        framework.slug: framework.label
        for framework in Framework.objects.filter(locale__language_code=language)
    }
    for item in items:
        assert item["resource_type"]["label"] == types[item["resource_type"]["key"]]
        assert all(entry["label"] == audiences[entry["key"]] for entry in item["audiences"])
        assert all(entry["label"] == levels[entry["key"]] for entry in item["eqf_levels"])
        assert all(entry["label"] == file_languages[entry["key"]] for entry in item["file_languages"])
        for framework in item["frameworks"]:
            assert framework["label"] == frameworks[framework["slug"]]
    assert any(item["frameworks"] for item in items), "the demo files entries under frameworks"
    if language != "en":
        english = {str(label) for _key, label in RESOURCE_TYPES}
        assert any(item["resource_type"]["label"] not in english for item in items)


def test_each_entry_gives_every_facet_of_the_registry_tags_included(get_json):
    items = read_all(get_json, locale="en")

    columns = {facet.column for facet in registry.facets()}
    assert all(columns <= set(item) for item in items)
    tagged = next(item for item in items if item["tags"])
    resource = Resource.objects.get(pk=tagged["id"])
    assert tagged["tags"] == sorted(resource.tags.values_list("name", flat=True))


def test_a_facet_added_to_the_registry_is_a_filter_and_a_field_of_the_api(get_json, monkeypatch):
    kind = registry.ChoiceFacet("kind", "resource_type", "Kind", RESOURCE_TYPES, column="kind")
    monkeypatch.setattr(registry, "FACETS", [*registry.FACETS, kind])

    status, data = get_json("/api/v2/resources/", {"locale": "en", "kind": "guide"})

    assert status == 200, data
    assert data["items"]
    assert {item["kind"]["key"] for item in data["items"]} == {"guide"}


def test_an_untranslated_entry_is_listed_in_english_and_says_so(get_json):
    resource = ResourceFactory(title="Only in English", slug="only-in-english")

    items = read_all(get_json, locale="sq")

    found = next(item for item in items if item["slug"] == resource.slug)
    assert found["meta"] == {**found["meta"], "locale": "en", "translated": False}
    assert found["title"] == "Only in English"


def test_download_url_and_size_of_the_file_in_the_requested_language(get_json, public_origin):
    resource = Resource.objects.filter(
        locale__language_code="it", live=True, files__language="it", files__document__isnull=False
    ).first()
    italian = resource.file_in("it")

    status, data = get_json(f"/api/v2/resources/{resource.pk}/", {"locale": "it"})

    assert status == 200
    assert data["download_language"] == "it"
    assert data["download_size"] == italian.document.file_size
    assert data["file_type"] == italian.document.file_extension.lower()
    assert data["download_url"] == f"{public_origin}/it/resources/{resource.slug}/download/?language=it"
    assert [item["language"]["key"] for item in data["files"]] == resource.file_languages


def test_search_finds_entries_without_diacritics(get_json, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # indexing runs when the save commits
        ResourceFactory(title="Vlerësimi i cilësisë për trajnerët", slug="cilesi-api-test")

    items = read_all(get_json, locale="sq", search="CILESISE trajneret")

    assert "cilesi-api-test" in [item["slug"] for item in items]


def test_find_by_slug_redirects_to_the_entry_in_that_language(client, get_json):
    resource = Resource.objects.filter(locale__language_code="cnr").first()

    response = client.get("/api/v2/resources/find/", {"slug": resource.slug, "locale": "cnr"})

    assert response.status_code == 302
    assert response["Location"].endswith(f"/api/v2/resources/{resource.pk}/?locale=cnr")
    status, data = get_json(f"/api/v2/resources/{resource.pk}/", {"locale": "cnr"})
    assert status == 200 and data["title"] == resource.title


def test_a_library_that_is_not_public_publishes_nothing(get_json):
    library = ResourceLibraryPage.objects.get(locale__language_code="sq")
    PageViewRestriction.objects.create(page=library, restriction_type=PageViewRestriction.LOGIN)
    resource = Resource.objects.filter(locale__language_code="sq").first()

    status, data = get_json("/api/v2/resources/", {"locale": "sq"})
    detail_status, _detail = get_json(f"/api/v2/resources/{resource.pk}/", {"locale": "sq"})

    assert status == 200 and data["meta"]["total_count"] == 0
    assert detail_status == 404
    assert get_json("/api/v2/resources/", {"locale": "it"})[1]["meta"]["total_count"] > 0


def test_an_entry_of_another_language_is_not_found_in_this_one(get_json):
    albanian = Resource.objects.filter(locale__language_code="sq").first()

    status, data = get_json(f"/api/v2/resources/{albanian.pk}/", {"locale": "it"})

    assert status == 404 and data["message"]


@pytest.mark.parametrize("endpoint", ["/api/v2/resources/", "/api/v2/pages/"])
def test_a_longer_page_of_results_costs_no_more_queries(client, endpoint):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(limit):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(endpoint, {"locale": "sq", "limit": limit}).status_code == 200
        return len(captured)

    queries(3)  # the first request also loads what every later one finds cached (site, locales)
    assert queries(30) == queries(3)
