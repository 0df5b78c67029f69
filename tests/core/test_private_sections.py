"""A private section (a page with a view restriction, and everything below it) stays out of sight of
visitors: not served without signing in, not in the menu, the listings or the footer, while the
rest of the site is served as before. Which pages are private is asked inside each listing's and
route's own query (core/pages.py), so these tests guard that SQL."""

import pytest

from wagtail.models import PageViewRestriction

from home.models import NewsIndexPage, NewsPage, StandardPage

pytestmark = pytest.mark.django_db


def make_private(page, kind=PageViewRestriction.LOGIN):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, password="secret")


def test_a_private_page_asks_a_visitor_to_sign_in_and_leaves_the_menu(client):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    assert about.title in client.get("/en/").content.decode()

    make_private(about)

    response = client.get("/en/about/")
    assert response.status_code == 302
    assert "login" in response["Location"]
    home = client.get("/en/").content.decode()
    assert 'href="/en/about/"' not in home
    assert client.get("/sq/about/").status_code == 200, "only the English page was made private"


def test_the_pages_below_a_private_section_are_private_too_and_leave_its_listing(client):
    news_index = NewsIndexPage.objects.get(locale__language_code="en")
    item = NewsPage.objects.child_of(news_index).live().order_by("-date").first()
    assert item.title in client.get("/en/news/").content.decode()

    make_private(item)

    assert item.title not in client.get("/en/news/").content.decode()
    assert client.get(item.url).status_code == 302
    make_private(news_index, PageViewRestriction.PASSWORD)
    shown = client.get("/en/news/").content.decode()
    assert 'name="password"' in shown, "the password form, not the listing"
    assert item.title not in shown


def test_a_public_page_is_served_without_asking_for_the_restrictions(client, django_assert_max_num_queries):
    """The route reads whether the page is private with the page: Wagtail's own check (a query for
    the restrictions above the page) is not needed for a public page."""
    client.get("/en/about/")
    with django_assert_max_num_queries(15) as queries:
        client.get("/en/about/")
    standalone = [
        q["sql"] for q in queries.captured_queries if q["sql"].startswith('SELECT "wagtailcore_pageview')
    ]
    assert not standalone
