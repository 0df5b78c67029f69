"""A partner's page on another site reads the API from the browser: read-only CORS on /api/v2/."""

import pytest

pytestmark = pytest.mark.django_db

PARTNER = "https://partner.example"


@pytest.mark.parametrize("path", ["/api/v2/pages/?locale=sq", "/api/v2/resources/", "/api/v2/nowhere/"])
def test_any_origin_may_read_the_api(client, path):
    response = client.get(path, HTTP_ORIGIN=PARTNER)

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


def test_a_preflight_allows_reads_only(client):
    response = client.options(
        "/api/v2/pages/",
        HTTP_ORIGIN=PARTNER,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="accept-language",
    )

    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert set(response["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert "accept-language" in response["Access-Control-Allow-Headers"].lower()


def test_writes_are_not_opened_to_other_origins(client):
    response = client.post("/api/v2/pages/", {}, HTTP_ORIGIN=PARTNER)

    assert response.status_code >= 400
    assert "Access-Control-Allow-Origin" not in response


def test_the_site_pages_stay_same_origin(client):
    assert "Access-Control-Allow-Origin" not in client.get("/en/", HTTP_ORIGIN=PARTNER)
