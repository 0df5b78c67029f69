"""Mobility stories: a listing filterable by country, role and year, one page per mobility, in
every language, linked from the home page and the work packages."""

import re
from datetime import date, timedelta

import pytest

from django.utils.html import escape

from core.listing import understood_parameters
from demo import data
from mobility.models import MobilityIndexPage, MobilityPage, MobilityTool
from resources.models import Resource
from tests.conftest import LANGUAGES, refetch

BARCELONA = "trainer-mobility-barcelona"
FVG = "staff-mobility-friuli-venezia-giulia"
COUNTRY_NAMES = {"en": "Montenegro", "sq": "Mali i Zi", "cnr": "Crna Gora", "it": "Montenegro"}


@pytest.fixture
def mobility_index(db):
    return MobilityIndexPage.objects.get(locale__language_code="en")


def story_titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.mark.parametrize("code", LANGUAGES)
def test_index_lists_every_story_in_the_visitors_language(client, db, code):
    response = client.get(f"/{code}/mobility-stories/")
    assert response.status_code == 200
    html = response.content.decode()
    titles = story_titles(html)
    expected = [data.in_language(story["title"], code) for story in data.content("mobility")["stories"]]
    assert sorted(titles) == sorted(escape(title) for title in expected)
    assert titles[0] == escape(
        data.in_language("A Montenegrin trainer at the final stage in Barcelona", code)
    ), "newest first"
    assert COUNTRY_NAMES[code] in html


@pytest.mark.parametrize(
    ("query", "slugs"),
    [
        ("country=BE", {"staff-study-visit-brussels"}),
        ("country=ME", {"trainer-from-friuli-in-podgorica", "staff-study-visit-brussels", BARCELONA}),
        ("role=trainer", {"trainer-from-friuli-in-podgorica", BARCELONA}),
        ("year=2023", {"trainer-from-friuli-in-podgorica"}),
        ("country=ME&role=trainer&year=2024", {BARCELONA}),
        ("country=XX&role=pilot&year=abcd&page=-1", None),
    ],
)
def test_stories_filter_by_country_role_and_year(client, db, query, slugs):
    response = client.get(f"/en/mobility-stories/?{query}")
    assert response.status_code == 200
    found = set(re.findall(r'href="/en/mobility-stories/([^/"]+)/"', response.content.decode()))
    all_slugs = {story["slug"] for story in data.content("mobility")["stories"]}
    assert found == (slugs if slugs is not None else all_slugs)


def test_filter_parameters_are_declared_for_the_page_cache():
    assert {"country", "role", "year"} <= understood_parameters()


@pytest.mark.parametrize("code", LANGUAGES)
def test_story_names_the_role_not_the_person_and_links_its_tools(client, db, code):
    html = client.get(f"/{code}/mobility-stories/{FVG}/").content.decode()
    assert escape(data.in_language("An Albanian course manager in Friuli Venezia Giulia", code)) in html
    assert "Partneritet për Zhvillim" in html and "IAL FVG" in html
    assert escape(data.in_language("Tried with two course teams in Tirana.", code)) in html
    tools = html.split('id="tools"')[1].split("</section>")[0]
    assert f'href="/{code}/resources/eqavet-quality-cycle-guide/"' in tools
    assert f'href="/{code}/resources/europass-cv-workshop/"' in tools
    assert f'href="/{code}/work-packages/staff-mobility/"' in html
    participant = html.split("<dd>")[1].split("</dd>")[0]
    assert " — " not in participant, "no name unless the editor adds one"


def test_a_name_shows_only_when_the_editor_adds_one(client, db):
    story = MobilityPage.objects.get(locale__language_code="en", slug=FVG)
    story.participant_name = "Arta K."
    story.save_revision().publish()
    assert "Arta K." in client.get(f"/en/mobility-stories/{FVG}/").content.decode()


def test_a_mobility_cannot_end_before_it_starts(mobility_index):
    from django.core.exceptions import ValidationError

    story = MobilityPage(start_date=date(2024, 6, 7), end_date=date(2024, 6, 4))
    with pytest.raises(ValidationError) as refused:
        story.clean()
    assert "end_date" in refused.value.message_dict


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_links_the_latest_stories(client, db, code):
    html = client.get(f"/{code}/").content.decode()
    section = html.split('id="mobilities-heading"')[1].split("</section>")[0]
    assert f'href="/{code}/mobility-stories/"' in section
    assert section.count('class="card card--mobility"') == 3


@pytest.mark.parametrize("code", LANGUAGES)
def test_work_package_page_lists_its_mobility_stories(client, db, code):
    html = client.get(f"/{code}/work-packages/trainer-mobility/").content.decode()
    assert f'href="/{code}/mobility-stories/{BARCELONA}/"' in html
    assert f'href="/{code}/mobility-stories/{FVG}/"' not in html


def test_index_queries_do_not_grow_with_the_number_of_stories(assert_queries_constant, mobility_index):
    template = MobilityPage.objects.get(locale__language_code="en", slug=BARCELONA)

    def add(count, start):
        for n in range(count):
            story = MobilityPage(
                title=f"Story {start + n}",
                slug=f"story-{start + n}",
                role="staff",
                sending_organisation="PFD",
                sending_country="AL",
                host_organisation="IHF",
                host_country="BE",
                start_date=template.start_date - timedelta(days=400 + start + n),
                end_date=template.end_date - timedelta(days=400 + start + n),
            )
            mobility_index.add_child(instance=story)
            story.save_revision().publish()

    assert_queries_constant(["/en/mobility-stories/", "/en/"], add, sizes=(1, 14))


def test_story_queries_do_not_grow_with_the_number_of_tools(assert_queries_constant, db):
    story = MobilityPage.objects.get(locale__language_code="en", slug=BARCELONA)
    resources = list(Resource.objects.filter(locale__language_code="en", live=True)[:12])

    def add(count, start):
        page = refetch(story)
        for resource in resources[start : start + count]:
            page.tools.add(MobilityTool(resource=resource, note=f"Note {resource.pk}"))
        page.save_revision().publish()

    [response] = assert_queries_constant(f"/en/mobility-stories/{BARCELONA}/", add, sizes=(1, 10))
    assert response.content.decode().count("Note ") == 10
