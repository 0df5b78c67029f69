"""/healthz for uptime checks and /readyz for load balancers: 200 when healthy, 503 otherwise."""

from unittest import mock

import pytest

from django.db import OperationalError

from health import views as health


@pytest.mark.parametrize("url", ["/healthz", "/readyz"])
def test_a_healthy_server_answers_200_and_is_never_cached(client, db, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["database"] == "ok"
    assert response.json()["cache"] == "ok"
    assert "no-store" in response["Cache-Control"]


def test_readiness_includes_applied_migrations(client, db):
    assert client.get("/readyz").json()["migrations"] == "ok"


@pytest.mark.parametrize("url", ["/healthz", "/readyz"])
def test_an_unreachable_database_gives_503(client, db, url):
    with mock.patch.object(health.connection, "cursor", side_effect=OperationalError("down")):
        response = client.get(url)
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


@pytest.mark.parametrize("url", ["/healthz", "/readyz"])
def test_an_unreachable_cache_gives_503(client, db, url):
    with mock.patch.object(health.cache, "set", side_effect=ConnectionError("redis down")):
        response = client.get(url)
    assert response.status_code == 503
    assert response.json()["cache"] == "unreachable"
    assert response.json()["database"] == "ok"


def test_pending_migrations_make_the_server_not_ready(client, db, monkeypatch):
    monkeypatch.setattr(health, "_migrations_applied", False)
    with mock.patch.object(health.MigrationExecutor, "migration_plan", return_value=[("pending", False)]):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["migrations"] == "pending"
    assert client.get("/healthz").status_code == 200
