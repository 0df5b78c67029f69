"""Site search: the visitor's language only, diacritics ignored, grouped by kind, escaped, bounded."""

import re

import pytest

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.conftest import LANGUAGES
from tests.html import parsed, texts

pytestmark = pytest.mark.django_db


def search(client, language, **params):
    response = client.get(f"/{language}/search/", params)
    assert response.status_code == 200
    return response.content.decode()


def search_page(client, language, **params):
    response = client.get(f"/{language}/search/", params)
    assert response.status_code == 200
    return response


def result_titles(response):
    """Titles of every result shown: promoted first, then the selected kind or each kind's group."""
    outcome = response.context["outcome"]
    groups = [outcome.selected] if outcome.selected else outcome.groups
    return [result.title for result in outcome.promoted] + [
        result.title for group in groups for result in group.results
    ]


def test_typing_without_diacritics_finds_albanian_text(client, make_page):
    make_page("sq", title="Udhëzues për sigurimin e cilësisë", intro="Si të matet cilësi e formimit.")

    assert "Udhëzues për sigurimin e cilësisë" in result_titles(search_page(client, "sq", q="cilesi"))
    assert "Udhëzues për sigurimin e cilësisë" in result_titles(search_page(client, "sq", q="CILËSISË"))


@pytest.mark.parametrize("query", ["djordje", "Đorđe", "covic", "segrta", "ČOVIĆ"])
def test_montenegrin_letters_match_with_or_without_diacritics(client, make_page, query):
    make_page("cnr", title="Obuka šegrta", intro="Mentor Đorđe Čović vodi radionicu.")

    assert "Obuka šegrta" in result_titles(search_page(client, "cnr", q=query))


def test_results_are_in_the_visitors_language_with_a_link_to_english_ones(client, make_page):
    make_page("en", title="Zebrafish apprenticeship", intro="A zebrafish test page.")

    albanian = search_page(client, "sq", q="zebrafish")

    assert "Zebrafish apprenticeship" not in result_titles(albanian)
    assert albanian.context["source_search_url"] == "/en/search/?q=zebrafish"
    assert parsed(albanian).select('a[href="/en/search/?q=zebrafish"]')
    assert "Zebrafish apprenticeship" in result_titles(search_page(client, "en", q="zebrafish"))


def test_untranslated_alias_copies_are_not_results_in_other_languages(client, make_page):
    from django.core.management import call_command

    page = make_page("en", title="Kalibration aliasing", intro="Only English text here.")
    call_command("sync_locale_trees")
    assert page.get_translations().filter(locale__language_code="sq", alias_of=page).exists()

    assert "Kalibration aliasing" not in result_titles(search_page(client, "sq", q="kalibration"))


def test_results_are_counted_and_paginated_within_a_kind(client, make_page):
    for number in range(12):
        make_page("en", title=f"Calibration guide {number}", intro="Calibration of workshop tools.")

    grouped = search_page(client, "en", q="calibration")
    assert grouped.context["outcome"].total == 12
    assert texts(grouped, "[role=status]") == ["12 results for “calibration”"]
    assert "Pages (12)" in texts(grouped, ".search-kinds a")
    assert [a["href"] for a in parsed(grouped).find_all("a", string="See all 12 results in Pages")] == [
        "?q=calibration&kind=pages"
    ]

    second = search_page(client, "en", q="calibration", kind="pages", page="2")
    assert len(result_titles(second)) == 2
    assert texts(second, '.search-kinds [aria-current="page"]') == ["Pages (12)"]


def test_unknown_kind_shows_all_kinds(client, make_page):
    make_page("en", title="Welding checklist", intro="Welding safety.")

    response = search_page(client, "en", q="welding", kind="nonsense")

    assert response.context["selected_kind"] is None
    assert "Welding checklist" in result_titles(response)


def test_summary_marks_the_matched_word_and_escapes_page_text(client, make_page):
    make_page("sq", title="Shembull", intro="Përdorni <b>etiketa</b> me cilësi të lartë.")

    html = search(client, "sq", q="cilesi")

    assert "<mark>cilësi</mark>" in html
    assert "&lt;b&gt;etiketa&lt;/b&gt;" in html


def test_nothing_found_page_offers_tips(client):
    response = search_page(client, "it", q="qqqzzzxxx")

    assert response.context["outcome"].total == 0
    assert texts(response, "[role=status]")[0].startswith("0 risultati")
    assert texts(response, "#search-help-heading")
    # The library's frameworks, each a link to the library filtered by it.
    assert ("EQAVET", "/it/resources/?framework=eqavet") in [
        (a.get_text(strip=True), a["href"]) for a in parsed(response).select("a[href]")
    ]


BAD_QUERIES = [
    "",
    "   ",
    "a" * 5000,
    "<script>alert('x')</script>",
    '"unterminated',
    "AND OR NOT",
    "* ( ) : ^ ~ -",
    "\x00\x1f\u202e",
    "🙂 ë ç đ ž ш 漢字",
    "%' OR 1=1 --",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("language", LANGUAGES[:2])
def test_any_query_gets_a_normal_page_with_the_query_escaped(client, query, language):
    html = search(client, language, q=query)

    assert "<script>alert(" not in html


@pytest.mark.parametrize(
    "params",
    [{"page": "-1"}, {"page": "x"}, {"page": "99999"}, {"kind": "<b>x</b>"}, {"kind": "pages", "page": "0"}],
)
def test_bad_paging_and_kind_values_get_a_normal_page(client, params):
    html = search(client, "en", q="project", **params)

    assert "<b>x</b>" not in html


def test_promoted_pages_come_first_in_the_visitors_language(client, home_pages):
    about_en = home_pages["en"].get_children().get(slug="about")
    SearchPromotion.objects.create(query=Query.get("vet partners"), page=about_en, sort_order=0)

    albanian = search(client, "sq", q="vet partners")
    english = search(client, "en", q="vet partners")

    about_sq = about_en.get_translation(home_pages["sq"].locale)
    assert 'id="promoted-heading"' in albanian
    assert about_sq.title in albanian
    assert about_en.title in english


def test_searching_does_not_create_promotion_queries(client):
    before = Query.objects.count()
    search(client, "en", q="a query nobody promoted")
    assert Query.objects.count() == before


def test_query_count_does_not_grow_with_the_number_of_results(assert_queries_constant, make_page):
    def add_pages(count, start):
        for number in range(start, start + count):
            make_page("en", title=f"Milling basics {number}", intro="Milling.")

    assert_queries_constant("/en/search/?q=milling", add_pages, sizes=(1, 8))


def test_a_published_change_is_found_straight_away(client, make_page):
    page = make_page("en", title="Forklift training", intro="Forklift.")
    page.intro = "Forklift and pallet-jack training."

    page.save_revision().publish()  # no on_commit callbacks run: the publish signal indexes it

    assert "Forklift training" in search(client, "en", q="pallet")


def test_a_word_start_finds_inflected_albanian_words_in_the_seeded_site(client):
    # The seeded texts say "cilësisë" (of quality), never the bare "cilësi" a trainer types.
    html = search(client, "sq", q="cilesi")

    assert not re.search(r"(?<!\d)0 rezultate", html)
    assert "<mark>cilësisë</mark>" in html
