"""Public pages carry Cache-Control for browsers and the CDN; nothing personal is ever shared."""

import pytest

from django.contrib.auth import get_user_model

PUBLIC_URLS = ["/en/", "/sq/", "/cnr/about/", "/it/privacy/"]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_anonymous_visitors_get_a_public_cacheable_page(client, db, settings, url):
    settings.PUBLIC_CACHE_MAX_AGE = 60
    settings.PUBLIC_CACHE_S_MAXAGE = 3600
    response = client.get(url)
    assert response.status_code == 200
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=60", "s-maxage=3600"}
    assert not response.cookies


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_logged_in_users_get_a_private_page(client, db, url):
    user = get_user_model().objects.create_user("editor", password="x")
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_response_that_sets_a_cookie_is_private(client, db):
    response = client.get("/admin/login/")
    assert response.cookies
    assert "public" not in response["Cache-Control"]


def test_the_admin_is_never_public(client, db):
    response = client.get("/admin/")
    assert "public" not in response.get("Cache-Control", "")


def test_errors_are_not_cached_at_the_edge(client, db):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "public" not in response.get("Cache-Control", "")


def test_zero_max_age_turns_public_caching_off(client, db, settings):
    settings.PUBLIC_CACHE_MAX_AGE = 0
    assert "public" not in client.get("/en/").get("Cache-Control", "")
