"""Uptime checkers use HEAD; HSTS extras are opt-in; public pages switch off unused browser features."""

import importlib
import sys

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/sitemap.xml", "/robots.txt", "/healthz", "/readyz"])
def test_head_answers_like_get(client, url):
    response = client.head(url)
    assert response.status_code == 200
    assert response.content == b""


@pytest.mark.parametrize("path", ["/en/", "/sq/about/", "/it/no-such-page/"])
def test_public_pages_send_a_permissions_policy(client, path):
    policy = client.get(path)["Permissions-Policy"]
    assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy


def _production(monkeypatch, **environment):
    monkeypatch.setenv("SECRET_KEY", "production-settings-test-key-" + "x" * 40)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    sys.modules.pop("vetweb_site.settings.production", None)
    try:
        return importlib.import_module("vetweb_site.settings.production")
    finally:
        sys.modules.pop("vetweb_site.settings.production", None)


def test_hsts_preload_and_subdomains_are_opt_in(monkeypatch):
    default = _production(monkeypatch)
    assert default.SECURE_HSTS_PRELOAD is False
    assert default.SECURE_HSTS_INCLUDE_SUBDOMAINS is False

    opted_in = _production(monkeypatch, SECURE_HSTS_PRELOAD="true", SECURE_HSTS_INCLUDE_SUBDOMAINS="true")
    assert opted_in.SECURE_HSTS_PRELOAD is True
    assert opted_in.SECURE_HSTS_INCLUDE_SUBDOMAINS is True
