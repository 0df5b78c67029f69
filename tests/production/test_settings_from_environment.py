"""The same code runs on one machine with SQLite or on many app servers: only the environment changes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "database": settings.DATABASES["default"]["ENGINE"],
    "conn_max_age": settings.DATABASES["default"]["CONN_MAX_AGE"],
    "health_checks": settings.DATABASES["default"]["CONN_HEALTH_CHECKS"],
    "cache": settings.CACHES["default"]["BACKEND"],
    "cache_location": settings.CACHES["default"].get("LOCATION"),
    "sessions": settings.SESSION_ENGINE,
    "media": settings.STORAGES["default"]["BACKEND"],
    "static": settings.STORAGES["staticfiles"]["BACKEND"],
    "bucket": getattr(settings, "AWS_STORAGE_BUCKET_NAME", None),
    "endpoint": getattr(settings, "AWS_S3_ENDPOINT_URL", None),
    "docs_serve": getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None),
    "frontend": {k: v["BACKEND"] for k, v in settings.WAGTAILFRONTENDCACHE.items()},
    "frontend_hosts": [v.get("HOSTNAMES") for v in settings.WAGTAILFRONTENDCACHE.values()],
    "max_age": settings.PUBLIC_CACHE_MAX_AGE,
    "search": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
}))
"""

CLEAN = {
    k: v
    for k, v in os.environ.items()
    if not k.startswith(("AWS_", "REDIS_", "DATABASE_", "FRONTEND_CACHE", "CLOUDFLARE_", "CLOUDFRONT_"))
}


def settings_with(env, module="vetweb_site.settings.production"):
    full = {**CLEAN, "DJANGO_SETTINGS_MODULE": module, "SECRET_KEY": "x" * 50, **env}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=full, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_without_variables_the_site_runs_on_one_machine_with_sqlite_and_local_files():
    found = settings_with({}, module="vetweb_site.settings.dev")
    assert found["database"] == "django.db.backends.sqlite3"
    # One cache for every process on the machine: the server, the scheduler and commands share it.
    assert found["cache"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert found["media"] == "django.core.files.storage.FileSystemStorage"
    assert found["frontend"] == {}
    assert found["search"] == "search.backend"


def test_production_variables_switch_to_postgres_redis_and_object_storage():
    found = settings_with(
        {
            "DATABASE_URL": "postgres://vetweb:secret@db.internal:5432/vetweb",
            "REDIS_URL": "redis://cache.internal:6379/0",
            "AWS_STORAGE_BUCKET_NAME": "vetweb-media",
            "AWS_S3_ENDPOINT_URL": "https://s3.example.org",
        }
    )
    assert found["database"] == "django.db.backends.postgresql"
    assert found["conn_max_age"] == 60
    assert found["health_checks"] is True
    assert found["cache"] == "caching.backend.ForgivingRedisCache"
    assert found["cache_location"] == "redis://cache.internal:6379/0"
    assert found["sessions"] == "django.contrib.sessions.backends.cached_db"
    assert found["media"] == "storages.backends.s3.S3Storage"
    assert found["bucket"] == "vetweb-media"
    assert found["endpoint"] == "https://s3.example.org"
    assert found["docs_serve"] == "redirect"
    assert found["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


@pytest.mark.parametrize(
    ("env", "backends"),
    [
        ({"FRONTEND_CACHE_PURGE_URL": "http://varnish:6081"}, {"http": "HTTPBackend"}),
        ({"CLOUDFLARE_ZONE_ID": "zone", "CLOUDFLARE_BEARER_TOKEN": "t"}, {"cloudflare": "CloudflareBackend"}),
        ({"CLOUDFRONT_DISTRIBUTION_ID": "E123"}, {"cloudfront": "CloudfrontBackend"}),
    ],
)
def test_each_edge_cache_is_switched_on_by_its_own_variables(env, backends):
    found = settings_with({**env, "FRONTEND_CACHE_HOSTNAMES": "vet-web.eu"})
    assert {k: v.rsplit(".", 1)[1] for k, v in found["frontend"].items()} == backends
    assert found["frontend_hosts"] == [["vet-web.eu"]]


def test_public_cache_lifetime_comes_from_the_environment():
    assert settings_with({"PUBLIC_CACHE_MAX_AGE": "0"})["max_age"] == 0
    assert settings_with({})["max_age"] == 60
