"""What a trainer sees first, measured in the browser at phone and desktop widths."""

import pytest

from demo.public_urls import public_urls
from tests.conftest import LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize("viewport", ["desktop", "mobile"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_eu_emblem_and_funding_line_are_in_the_first_viewport(request, unblocked_db, language, viewport):
    page, guard = request.getfixturevalue(viewport)
    with unblocked_db():
        urls = public_urls(language, include_feeds=False)
    height = page.viewport_size["height"]
    for target in urls:
        page.goto(target.url)
        for selector in (".eu-strip__emblem", ".eu-strip__funding"):
            box = page.locator(selector).bounding_box()
            assert box is not None and box["y"] + box["height"] <= height, f"{target}: {selector} {box}"
            assert page.locator(selector).is_visible(), target
    guard.check()


@pytest.mark.parametrize("viewport", ["desktop", "mobile"])
def test_home_page_search_leads_into_the_library(request, viewport):
    page, guard = request.getfixturevalue(viewport)
    page.goto("/sq/")
    page.locator("#library-entry-q").fill("EQAVET")
    page.locator(".library-entry button[type=submit]").click()
    page.wait_for_url("**/sq/resources/?q=EQAVET")
    assert page.locator("h1").count() == 1
    guard.check()


def test_focus_ring_on_the_header_has_enough_contrast(desktop):
    page, guard = desktop
    page.goto("/en/")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")  # the brand link in the blue header
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineColor")
    assert outline == "rgb(255, 204, 0)", "EU yellow on the blue header: 8.7:1"
    guard.check()
