"""The network directory over HTTP in every language: filters, the map and its list alternative."""

import re

import pytest

from core.listing import understood_parameters
from demo import data
from network.models import NetworkMember
from network.places import CITIES_BY_KEY
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

MEMBERS = data.content("network")["members"]


def names_on(response):
    return re.findall(r'<h3 class="card__title">(?:<a [^>]*>)?(.*?)(?:</a>)?</h3>', response.content.decode())


def unescape(text):
    from html import unescape

    return unescape(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_directory_lists_every_member_in_the_visitors_language(client, language):
    response = client.get(f"/{language}/network/")

    assert response.status_code == 200
    shown = {unescape(name) for name in names_on(response)}
    assert shown == {
        data.in_language(spec["name"], language) if not spec.get("real") else spec["name"] for spec in MEMBERS
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_filters_by_country_type_and_city(client, language):
    montenegro = client.get(f"/{language}/network/?country=ME")
    civil_society_in_tirana = client.get(f"/{language}/network/?type=civil-society&city=tirana")

    expected_me = {spec["name"] for spec in MEMBERS if CITIES_BY_KEY[spec["city"]].country == "ME"}
    assert len(names_on(montenegro)) == len(expected_me) == 4
    assert {unescape(name) for name in names_on(civil_society_in_tirana)} == {
        "Partneritet për Zhvillim (PFD)",
        "Yunus Social Business Fund Albania",
    }


@pytest.mark.parametrize(
    "query", ["country=XX", "type=<script>", "city=atlantis", "city=" + "x" * 5000, "page=-1"]
)
def test_unknown_filter_values_show_the_whole_directory(client, query):
    response = client.get(f"/en/network/?{query}")

    assert response.status_code == 200
    assert len(names_on(response)) == len(MEMBERS)


def test_a_city_of_the_other_country_gives_way_to_the_country(client):
    response = client.get("/en/network/?country=AL&city=podgorica")

    assert len(names_on(response)) == 4  # every Albanian member


def test_the_directorys_parameters_are_declared_for_the_page_cache():
    assert {"country", "type", "city"} <= understood_parameters()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_map_is_an_inline_svg_with_the_same_towns_as_a_list(client, language):
    html = client.get(f"/{language}/network/?country=AL").content.decode()

    svg = html.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert 'role="img"' in svg and "<title" in svg
    assert "href" not in svg and "http" not in svg.replace("http://www.w3.org", "")  # no tiles, no requests
    dots = re.findall(r"<title>([^<]+): (\d+)</title>", svg)
    listed = re.findall(r'<li><a href="\?country=AL&amp;city=[a-z-]+#members">([^<]+)</a>: (\d+) ', html)
    assert dots and dots == listed
    assert sum(int(count) for _name, count in dots) == 4
    # Each dot stands inside the drawing, in SVG's own numbers (no decimal commas in sq, cnr, it).
    width, height = map(float, re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups())
    for x, y in re.findall(r'<circle cx="([^"]+)" cy="([^"]+)"', svg):
        assert 0 <= float(x) <= width and 0 <= float(y) <= height


def test_an_unpublished_entry_is_not_listed(client):
    NetworkMember.objects.filter(name="Caritas Crne Gore").update(live=False)

    response = client.get("/en/network/")

    assert "Caritas Crne Gore" not in names_on(response)


def test_an_untranslated_entry_shows_in_english_marked_as_such(client):
    from wagtail.models import Locale

    english = NetworkMember.objects.create(
        locale=Locale.get_default(),
        name="New provider in Bar",
        organisation_type="vet-provider",
        city="bar",
        services="Not translated yet.",
        live=True,
    )

    html = client.get("/sq/network/").content.decode()

    assert english.name in html
    assert re.search(
        r'<li class="card" lang="en">\s*<h3 class="card__title">(<a [^>]*>)?New provider in Bar', html
    )


def test_the_directory_stays_within_the_query_budget(client, assert_queries_constant):
    from wagtail.models import Locale

    def add_members(count, start):
        for number in range(start, start + count):
            NetworkMember.objects.create(
                locale=Locale.get_default(),
                name=f"Member {number}",
                organisation_type="employers",
                city="tirana",
                services="Jobs.",
                live=True,
            )

    responses = assert_queries_constant(["/en/network/", "/sq/network/?country=AL"], add_members)

    assert len(names_on(responses[0])) == len(MEMBERS) + 20
