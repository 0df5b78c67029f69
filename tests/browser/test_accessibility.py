"""Every page type in every language passes axe-core's WCAG 2.1 and 2.2 A and AA rules, at desktop and
mobile widths, without requests to other hosts and without Content-Security-Policy violations."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from demo.public_urls import public_urls
from tests.site_languages import LANGUAGES

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}
axe = Axe()

# The marker makes pytest-django create the test database (see conftest.py: no transaction).
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def _summary(violation):
    targets = [", ".join(node["target"]) for node in violation["nodes"][:3]]
    return f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}"


@pytest.mark.parametrize("viewport", ["desktop", "mobile"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_passes_axe_wcag_21_and_22_aa(request, unblocked_db, language, viewport):
    page, guard = request.getfixturevalue(viewport)
    with unblocked_db():
        urls = public_urls(language, include_feeds=False)
    assert len(urls) >= 5
    if language != "en":  # the untranslated page of conftest.py shows as an alias copy
        assert any("(untranslated)" in url.label for url in urls)
    problems = []
    guard.reset()
    for target in urls:
        response = page.goto(target.url)
        assert response is not None and response.status == target.status, (
            f"{target}: {response and response.status}"
        )
        results = axe.run(page, options=WCAG_AA)
        problems += [f"{target} {target.url}: {_summary(v)}" for v in results.response["violations"]]
    assert not problems, "\n".join(problems)
    guard.check()


def test_every_page_type_has_one_h1_a_skip_link_and_the_eu_notice(desktop, unblocked_db):
    page, guard = desktop
    with unblocked_db():
        urls = public_urls("sq", include_feeds=False)
    for target in urls:
        page.goto(target.url)
        assert page.locator("h1").count() == 1, target
        assert page.locator("html").get_attribute("lang") == "sq", target
        assert page.get_by_role("link", name="Kalo te përmbajtja kryesore").count() == 1, target
        assert page.locator(".eu-notice img[alt]").count() == 1, target
    guard.check()
