"""`manage.py check --deploy` refuses production without PUBLIC_BASE_URL: the API would print the
unconfigured Site record's http://localhost."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from api.checks import public_base_url_is_configured

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("value", [None, "", "http://localhost", "https://vet-web.eu/en/", "vet-web.eu"])
def test_missing_or_wrong_public_base_url_fails_the_deploy_check(settings, value):
    settings.WAGTAILAPI_BASE_URL = value

    errors = public_base_url_is_configured(None)

    assert [error.id for error in errors] == ["api.E001"]


def test_an_https_origin_passes(settings):
    settings.WAGTAILAPI_BASE_URL = "https://vet-web.eu"

    assert public_base_url_is_configured(None) == []


@pytest.mark.parametrize("public_base_url", [None, "https://vet-web.example"])
def test_check_deploy_of_production_settings_reads_public_base_url(public_base_url):
    env = {k: v for k, v in os.environ.items() if k not in {"PUBLIC_BASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env.update(SECRET_KEY="x" * 50, ALLOWED_HOSTS="vet-web.example")
    env["DJANGO_SETTINGS_MODULE"] = "vetweb_site.settings.production"
    if public_base_url:
        env["PUBLIC_BASE_URL"] = public_base_url
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"], cwd=ROOT, env=env, capture_output=True, text=True
    )

    assert ("api.E001" in result.stderr + result.stdout) is (public_base_url is None)
