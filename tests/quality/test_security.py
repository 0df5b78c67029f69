"""Security headers, cookies and the admin sign-in throttle."""

import importlib
import sys

import pytest

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.urls import reverse

pytestmark = pytest.mark.django_db

CSP_DIRECTIVES = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
]


@pytest.fixture
def production_settings(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "production-settings-test-key-" + "x" * 40)
    monkeypatch.setenv("ALLOWED_HOSTS", "example.org")
    sys.modules.pop("vetweb_site.settings.production", None)
    module = importlib.import_module("vetweb_site.settings.production")
    yield module
    sys.modules.pop("vetweb_site.settings.production", None)


def test_production_settings_send_hsts_nosniff_referrer_policy_and_deny_framing(production_settings):
    assert production_settings.SECURE_HSTS_SECONDS >= 60 * 60 * 24 * 365
    assert production_settings.SECURE_CONTENT_TYPE_NOSNIFF is True
    assert production_settings.SECURE_REFERRER_POLICY == "strict-origin-when-cross-origin"
    assert production_settings.X_FRAME_OPTIONS == "DENY"
    assert "vetweb_site.security.ContentSecurityPolicyMiddleware" in production_settings.MIDDLEWARE


def test_production_cookies_are_secure_and_http_only(production_settings):
    for name in ("SESSION", "CSRF", "LANGUAGE"):
        assert getattr(production_settings, f"{name}_COOKIE_SECURE") is True, name
        assert getattr(production_settings, f"{name}_COOKIE_HTTPONLY") is True, name


@pytest.mark.parametrize("path", ["/en/", "/sq/about/", "/cnr/search/?q=eqf", "/it/no-such-page/"])
def test_public_pages_send_a_strict_content_security_policy(client, path):
    response = client.get(path)
    policy = response["Content-Security-Policy"]
    for directive in CSP_DIRECTIVES:
        assert directive in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_public_pages_need_no_inline_script_or_style(client):
    body = client.get("/en/").content.decode()
    assert "<script>" not in body and "<style" not in body and " style=" not in body and "onclick" not in body


def test_the_admin_keeps_working_without_the_public_policy(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response


WRONG_PASSWORD = "not-the-password"


def _fail_login(client, username):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": WRONG_PASSWORD})


def test_admin_sign_in_is_locked_after_repeated_failures(client, django_user_model, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    django_user_model.objects.create_superuser("editor1", "e@example.org", "the-right-password-1")
    for _ in range(3):
        response = _fail_login(client, "editor1")
        assert "didn" in response.content.decode()  # "Your username and password didn't match"
    response = client.post(
        reverse("wagtailadmin_login"), {"username": "editor1", "password": "the-right-password-1"}
    )
    assert response.status_code == 200, "even the right password is refused while locked"
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_lock_for_one_username_does_not_lock_another(client, django_user_model, settings):
    settings.LOGIN_FAILURE_LIMIT = 2
    django_user_model.objects.create_superuser("editor2", "e2@example.org", "the-right-password-2")
    for _ in range(2):
        _fail_login(client, "someone-else")
    response = client.post(
        reverse("wagtailadmin_login"), {"username": "editor2", "password": "the-right-password-2"}
    )
    assert response.status_code == 302


def test_a_successful_sign_in_clears_earlier_failures(client, django_user_model, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    django_user_model.objects.create_superuser("editor3", "e3@example.org", "the-right-password-3")
    _fail_login(client, "editor3")
    _fail_login(client, "editor3")
    good = {"username": "editor3", "password": "the-right-password-3"}
    assert client.post(reverse("wagtailadmin_login"), good).status_code == 302
    client.logout()
    _fail_login(client, "editor3")
    _fail_login(client, "editor3")
    assert client.post(reverse("wagtailadmin_login"), good).status_code == 302


def test_the_throttle_stores_no_raw_address_or_username(client, settings):
    settings.LOGIN_FAILURE_LIMIT = 5
    _fail_login(client, "visible-name")
    keys = [str(key) for key in _cache_keys()]
    assert keys and not any("visible-name" in key or "127.0.0.1" in key for key in keys)


def _cache_keys():
    """Every key the cache holds: local memory in the SQLite pass, Redis in the PostgreSQL pass."""
    cache = caches["default"]
    if isinstance(cache, RedisCache):
        return cache._cache.get_client().keys("*")
    return cache._cache.keys()
