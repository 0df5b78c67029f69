"""The public library: facets, filters, sorting, pagination, bad input and the language fallback."""

import datetime
import io

import pytest

from demo.management.commands import bench_library
from resources.models import Framework, Resource, ResourceLibraryPage
from tests.factories.resources import FrameworkFactory, ResourceFactory
from tests.html import link, parsed

pytestmark = pytest.mark.django_db


def counts(response, facet):
    return {option.value: option.count for option in response.context["facets"][facet]}


def titles(response):
    return [resource.title for resource in response.context["page_obj"].object_list]


@pytest.fixture
def facet_set():
    """Three resources sharing the tag `facet-test`, so counts below ignore the seeded ones."""
    alpha, beta = FrameworkFactory(slug="alpha"), FrameworkFactory(slug="beta")
    ResourceFactory(
        title="R1", frameworks=[alpha], resource_type="guide", audiences=["trainers"], tags=["facet-test"]
    )
    ResourceFactory(
        title="R2",
        frameworks=[alpha],
        resource_type="template",
        audiences=["trainers", "employers"],
        eqf_levels=["4"],
        tags=["facet-test"],
    )
    ResourceFactory(
        title="R3", frameworks=[beta], resource_type="guide", audiences=["employers"], tags=["facet-test"]
    )


def test_trainer_narrows_to_eqavet_self_assessment_for_vet_managers_in_albanian(client):
    response = client.get("/sq/resources/?framework=eqavet&type=self-assessment&audience=vet-managers")

    assert response.status_code == 200
    assert sorted(titles(response)) == [
        "Vetëvlerësimi EQAVET për ofruesit e AFP-së",
        "Workbook on the EQAVET indicators",
    ]
    english_cards = parsed(response).select('article.resource-card[lang="en"]')  # lang is the contract
    assert english_cards
    assert all(card.select_one(".card__notice") for card in english_cards)


def test_facet_counts_are_counted_over_the_other_facets(client, facet_set):
    response = client.get("/en/resources/?tag=facet-test&framework=alpha")

    assert sorted(titles(response)) == ["R1", "R2"]
    assert counts(response, "framework") == {"alpha": 2, "beta": 1}
    assert counts(response, "type")["guide"] == 1
    assert counts(response, "type")["template"] == 1
    assert counts(response, "audience")["trainers"] == 2
    assert counts(response, "audience")["employers"] == 1
    assert counts(response, "eqf")["4"] == 1
    assert counts(response, "tag")["facet-test"] == 2


@pytest.mark.parametrize("code", ["en", "sq"])
def test_with_a_framework_ticked_each_type_counts_the_entries_listed_of_that_type(client, code):
    response = client.get(f"/{code}/resources/?framework=eqavet")
    listed = response.context["page_obj"].paginator.count

    assert listed > 1
    assert counts(response, "framework")["eqavet"] == listed
    # An entry has one type: the type counts share out the entries listed.
    assert sum(counts(response, "type").values()) == listed
    assert counts(response, "type")["self-assessment"] == len(
        titles(client.get(f"/{code}/resources/?framework=eqavet&type=self-assessment&sort=title"))
    )


def test_values_of_one_facet_combine_with_or(client, facet_set):
    response = client.get("/en/resources/?tag=facet-test&framework=alpha&framework=beta")

    assert sorted(titles(response)) == ["R1", "R2", "R3"]


def test_facets_combine_with_and(client, facet_set):
    response = client.get(
        "/en/resources/?tag=facet-test&framework=alpha&framework=beta&type=guide&audience=employers"
    )

    assert titles(response) == ["R3"]
    assert counts(response, "type") == {
        "guide": 1,
        "template": 1,
        "toolkit": 0,
        "self-assessment": 0,
        "report": 0,
        "course-material": 0,
        "video": 0,
    }


def test_selected_options_are_checked_in_the_form(client, facet_set):
    response = client.get("/en/resources/?tag=facet-test&eqf=4")

    checked = {
        (box["name"], box["value"]) for box in parsed(response).select("input[type=checkbox][checked]")
    }
    assert checked == {("eqf", "4"), ("tag", "facet-test")}
    assert [option.value for option in response.context["facets"]["eqf"] if option.selected] == ["4"]


def test_sorting_by_title_and_by_newest(client):
    older = ResourceFactory(title="B older", tags=["sort-test"])
    ResourceFactory(title="A newer", tags=["sort-test"])
    Resource.objects.filter(pk=older.pk).update(created_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))

    assert titles(client.get("/en/resources/?tag=sort-test&sort=title")) == ["A newer", "B older"]
    assert titles(client.get("/en/resources/?tag=sort-test&sort=newest")) == ["A newer", "B older"]
    Resource.objects.filter(title="A newer").update(
        created_at=datetime.datetime(2019, 1, 1, tzinfo=datetime.UTC)
    )
    assert titles(client.get("/en/resources/?tag=sort-test&sort=newest")) == ["B older", "A newer"]


def test_search_ranks_and_finds_words_typed_without_diacritics(client):
    response = client.get("/sq/resources/?q=vetevleresimi")

    assert "Vetëvlerësimi EQAVET për ofruesit e AFP-së" in titles(response)
    assert response.context["filters"].sort == "relevance"


def test_pagination_keeps_the_filters(client):
    for number in range(25):
        ResourceFactory(title=f"Paged {number:02d}", tags=["page-test"])

    response = client.get("/en/resources/?tag=page-test&page=2")

    assert len(titles(response)) == 5
    assert link(response, "prev") == "?tag=page-test&page=1"


@pytest.mark.parametrize(
    "query",
    [
        "page=-1",
        "page=x",
        "page=99999",
        "q=" + "a" * 5000,
        "q=%00%01",
        "q=%F0%9F%A6%84%E2%80%AE",
        "q=AND OR NOT ( ) * \" '",
        "eqf=99&type=nope&audience=",
        "framework=%3Cscript%3E&tag=" + "x" * 300,
        "sort=zzz",
        "sort=relevance",
        "language=en&language=en&language=klingon",
    ],
)
def test_bad_input_gives_a_normal_page(client, query):
    assert client.get(f"/sq/resources/?{query}").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/sq/resources/no-such-tool/",
        "/sq/resources/no-such-tool/download/",
        "/sq/resources/%C3%AB/",
        "/en/resources/a/b/c/",
    ],
)
def test_unknown_resources_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_untranslated_resource_is_listed_once_in_its_source_language(client):
    response = client.get("/sq/resources/?q=indicators")
    listed = [
        resource
        for resource in response.context["page_obj"].object_list
        if resource.slug == "eqavet-indicators-workbook"
    ]

    assert len(listed) == 1
    assert listed[0].locale.language_code == "en"


def test_translated_resource_is_not_listed_twice(client):
    response = client.get("/sq/resources/?framework=eqavet&type=self-assessment")
    slugs = [resource.slug for resource in response.context["page_obj"].object_list]

    assert slugs.count("eqavet-self-assessment-for-providers") == 1


def test_library_query_count_does_not_grow_with_the_number_of_resources(assert_queries_constant):
    urls = [
        "/sq/resources/?q=eqavet&audience=vet-managers&audience=trainers&sort=title",
        "/sq/resources/?framework=eqavet&eqf=4&eqf=5&page=2",
        "/en/resources/?sort=newest",
    ]

    def add_resources(count, start):
        if count:  # the seeded library is the first size; then thousands, and tagged ones
            bench_library.Command(stdout=io.StringIO()).fill(count)
            for number in range(30):
                ResourceFactory(
                    title=f"EQAVET extra {number}", audiences=["trainers"], tags=[f"extra-{number}"]
                )

    responses = assert_queries_constant(urls, add_resources, sizes=(0, 3000))

    assert Resource.objects.count() >= 3000
    assert all(response.context["page_obj"].paginator.count > 20 for response in responses[1:])


def test_resource_page_query_count_does_not_grow_with_related_resources(assert_queries_constant):
    eqavet = Framework.objects.get(slug="eqavet", locale__language_code="en")

    def add_related(count, start):
        for number in range(start, start + count):
            ResourceFactory(frameworks=[eqavet], tags=["quality-assurance", f"more-{number}"])

    assert_queries_constant("/sq/resources/eqavet-self-assessment-for-providers/", add_related, sizes=(0, 15))


def test_library_page_exists_in_every_language_and_in_the_menu(client):
    for code, title in {"en": "Resources", "sq": "Burime", "cnr": "Resursi", "it": "Risorse"}.items():
        page = ResourceLibraryPage.objects.get(locale__language_code=code)
        assert (page.title, page.slug, page.show_in_menus, page.live) == (title, "resources", True, True)
        menu = [a["href"] for a in parsed(client.get(f"/{code}/")).select("a[href]")]
        assert f"/{code}/resources/" in menu


@pytest.mark.parametrize(
    "path",
    [
        "/sq/resources/",
        "/cnr/resources/?q=kvaliteta",
        "/it/resources/eqf-levels-poster/",
        "/sq/resources/eqavet-indicators-workbook/",
    ],
)
def test_library_pages_are_light_and_have_one_h1_and_no_scripts(client, path):
    response = client.get(path)
    page = parsed(response)

    assert response.status_code == 200
    assert len(response.content) < 100_000
    assert len(page.select("h1")) == 1
    assert page.select("script") == []


def test_a_ticked_option_without_results_stays_visible(client):
    response = client.get("/en/resources/?framework=no-such-framework&tag=no-such-tag")

    assert titles(response) == []
    assert counts(response, "framework")["no-such-framework"] == 0
    assert counts(response, "tag")["no-such-tag"] == 0


def test_resources_of_a_work_package_in_the_readers_language(home_pages):
    from tests.factories.home import WorkPackagePageFactory

    work_package = WorkPackagePageFactory(parent=home_pages["en"])
    resource = ResourceFactory(work_package=work_package)

    assert list(Resource.objects.filter(work_package=work_package)) == [resource]
    assert list(Resource.objects.for_work_package(work_package)) == [resource]


def test_long_facets_are_folded_until_one_of_their_options_is_chosen(client):
    response = client.get("/sq/resources/")
    folds = parsed(response).select("details.facet-fold")
    assert [fold.summary.get_text(" ", strip=True).split(" (")[0] for fold in folds] == ["Etiketa"]
    assert folds[0].select("input[name=tag]") and not folds[0].has_attr("open")
    assert response.context["facets"]["tag"].foldable and not response.context["facets"]["framework"].foldable

    tag = response.context["facets"]["tag"].options[0].value
    chosen = client.get("/sq/resources/", {"tag": tag})
    assert parsed(chosen).select_one("details.facet-fold").has_attr("open")


def test_each_card_offers_the_download_with_its_format_and_size(client):
    response = client.get("/sq/resources/?framework=digcomp")
    downloads = parsed(response).select(".card__download a")

    toolkit = next(
        a
        for a in downloads
        if a["href"] == "/sq/resources/digcomp-online-teaching-toolkit/download/?language=sq"
    )
    assert toolkit.has_attr("download")
    assert toolkit.get_text(" ", strip=True).startswith("Shkarko (PDF, ")
    # external links name where they lead
    assert any("Hape në joint-research-centre.ec.europa.eu" in a.get_text(" ") for a in downloads)
