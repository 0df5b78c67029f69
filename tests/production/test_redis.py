"""With Redis (the cache every app server shares): health checks use it, sessions live in it, and
an edit published on one server is served at once. Skipped only when Redis is unreachable."""

import os
import uuid

import pytest

from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache

from home.models import StandardPage

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/5")


def _redis_reachable():
    try:
        import redis
    except ImportError:
        return False
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except (redis.RedisError, ValueError):  # not answering, or not a Redis URL
        return False


pytestmark = pytest.mark.skipif(not _redis_reachable(), reason=f"Redis unreachable at {REDIS_URL}")


@pytest.fixture
def redis_cache(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "caching.backend.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"vetweb-test-{uuid.uuid4().hex[:8]}",
        }
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    yield caches["default"]
    caches["default"].clear()


def test_health_checks_use_redis(client, db, redis_cache):
    assert isinstance(redis_cache, RedisCache)
    for url in ("/healthz", "/readyz"):
        response = client.get(url)
        assert response.status_code == 200
        assert response.json()["cache"] == "ok"


def test_redis_that_stops_answering_makes_the_server_unhealthy(client, db, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "caching.backend.ForgivingRedisCache",
            "LOCATION": "redis://127.0.0.1:1/5",
        }
    }
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["cache"] == "unreachable"


def test_a_session_started_on_one_server_is_found_in_the_shared_cache(client, db, redis_cache):
    user = get_user_model().objects.create_user("editor", password="x")
    client.force_login(user)
    session_key = client.cookies["sessionid"].value
    assert redis_cache.get(f"django.contrib.sessions.cached_db{session_key}") is not None


def test_an_edit_published_is_served_at_once_with_the_redis_cache(
    client, db, redis_cache, run_on_commit, page_cache
):
    page = StandardPage.objects.get(slug="about", locale__language_code="en")
    assert client.get("/en/about/").status_code == 200
    page.title = "About the network of partners"
    page.save_revision().publish()
    response = client.get("/en/about/")
    assert "About the network of partners" in response.content.decode()
    # The untranslated copies in the other languages follow the English page at once too.
    aliases = StandardPage.objects.filter(slug="about", alias_of=page).select_related("locale")
    for alias in aliases:
        assert "About the network of partners" in client.get(alias.url).content.decode()


def test_public_pages_are_still_served_when_the_cache_stops_answering(client, db, settings, page_cache):
    settings.CACHES = {
        "default": {
            "BACKEND": "caching.backend.ForgivingRedisCache",
            "LOCATION": "redis://127.0.0.1:1/5",
        }
    }
    assert client.get("/en/about/").status_code == 200
