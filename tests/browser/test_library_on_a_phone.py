"""The library as a trainer uses it on a phone and at a desk: results first, one filter
disclosure, removable filters, few Tab presses to the first result, filters kept across languages."""

import pytest

from tests.conftest import LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

FIRST_RESULT = ".library__results .card-list > li:first-child .card__title a"
TWO_ACTIVE = {
    "en": "Filter (2 active)",
    "sq": "Filtro (2 aktivë)",
    "cnr": "Filtriraj (2 aktivna)",
    "it": "Filtra (2 attivi)",
}
QUALITY_ASSURANCE = {
    "en": "Quality assurance",
    "sq": "Sigurimi i cilësisë",
    "cnr": "Osiguranje kvaliteta",
    "it": "Garanzia della qualità",
}


@pytest.mark.parametrize("viewport", ["desktop", "mobile"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_first_result_is_near_the_top_and_the_search_box_is_one_line(request, language, viewport):
    page, guard = request.getfixturevalue(viewport)
    page.goto(f"/{language}/resources/")
    assert page.locator("#library-q").bounding_box()["height"] < 60
    first = page.locator(FIRST_RESULT).bounding_box()
    assert first["y"] < 1.5 * page.viewport_size["height"], first
    guard.check()


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_a_phone_the_filters_open_from_one_disclosure_without_javascript(
    mobile_without_javascript, language
):
    page, guard = mobile_without_javascript
    page.goto(f"/{language}/resources/?framework=eqavet&tag=quality-assurance")
    summary = page.locator(".library__filters > summary")
    assert summary.inner_text().strip() == TWO_ACTIVE[language]
    framework = page.locator("input[name=framework][value=eqavet]")
    assert framework.is_checked() and not framework.is_visible()
    summary.focus()
    page.keyboard.press("Enter")
    assert framework.is_visible()
    guard.check()


def test_on_a_desk_every_facet_option_is_visible_without_opening_anything(desktop):
    page, guard = desktop
    page.goto("/en/resources/")
    assert not page.locator(".library__filters > summary").is_visible()
    for name in ("framework", "type", "audience"):
        boxes = page.locator(f"input[name={name}]")
        assert boxes.count() > 1
        for index in range(boxes.count()):
            assert boxes.nth(index).is_visible(), (name, index)
    for label in ("LifeComp", "VNFIL"):
        assert page.locator("label", has_text=label).first.is_visible(), label
    guard.check()


@pytest.mark.parametrize("viewport", ["desktop", "mobile"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_after_filtering_the_first_result_is_a_few_tab_presses_away(request, language, viewport):
    page, guard = request.getfixturevalue(viewport)
    page.goto(f"/{language}/resources/")
    summary = page.locator(".library__filters > summary")
    if summary.is_visible():
        summary.click()
    page.locator("input[name=framework][value=eqavet]").check()
    page.locator(".library__filters button[type=submit]").click()
    page.wait_for_url("**framework=eqavet**")
    first = page.locator(FIRST_RESULT)
    for _press in range(10):
        page.keyboard.press("Tab")
        if first.evaluate("link => link === document.activeElement"):
            break
    else:
        pytest.fail("the first result is more than 10 Tab presses away after filtering")
    guard.check()


@pytest.mark.parametrize("language", LANGUAGES)
def test_active_filters_are_links_that_remove_one_filter(desktop, language):
    page, guard = desktop
    page.goto(f"/{language}/resources/?framework=eqavet&tag=quality-assurance")
    chips = page.locator(".active-filters li a")
    assert chips.count() == 2
    tag_chip = chips.filter(has_text=QUALITY_ASSURANCE[language])
    tag_chip.click()
    page.wait_for_url(f"**/{language}/resources/?framework=eqavet#results")
    assert page.locator(".active-filters li a").count() == 1
    assert page.locator("input[name=framework][value=eqavet]").is_checked()
    guard.check()


@pytest.mark.parametrize("viewport", ["desktop", "mobile"])
def test_switching_language_keeps_the_library_filters(request, viewport):
    page, guard = request.getfixturevalue(viewport)
    page.goto("/sq/resources/?framework=eqavet&type=guide")
    page.locator(".language-switcher a[hreflang=it]").click()
    page.wait_for_url("**/it/resources/?framework=eqavet&type=guide")
    assert page.locator("input[name=framework][value=eqavet]").is_checked()
    assert page.locator("input[name=type][value=guide]").is_checked()
    guard.check()
