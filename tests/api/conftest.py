"""The API as partner sites call it: JSON over HTTP, absolute URLs on the configured public origin."""

import pytest

PUBLIC_ORIGIN = "https://vet-web.example"


@pytest.fixture
def public_origin(settings):
    """PUBLIC_BASE_URL as production sets it (base settings read it into WAGTAILAPI_BASE_URL)."""
    settings.WAGTAILAPI_BASE_URL = PUBLIC_ORIGIN
    return PUBLIC_ORIGIN


@pytest.fixture
def get_json(client):
    """GET an API path; returns (status, parsed JSON). Every answer of the API must be JSON."""

    def get(path, params=None, **extra):
        response = client.get(path, params or {}, **extra)
        assert response["Content-Type"].startswith("application/json"), (path, params, response.status_code)
        return response.status_code, response.json()

    return get
