"""The pytest suite: fast hashing, plain static files, no network, a dummy machine translator."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import STORAGES, env

SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if env("REDIS_URL"):
    # CI runs the PostgreSQL pass with Redis, as production does; a key prefix per run keeps
    # runs apart on a shared Redis database.
    CACHES = {
        "default": {
            "BACKEND": "caching.backend.ForgivingRedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": f"vetweb-test-{os.getpid()}",
        }
    }
elif env("CACHE_DIR"):
    # Tests that run several processes (a server, the scheduler) share a file cache, as `make run` does.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env("CACHE_DIR"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
# Tests see every page rendered (and count its queries); tests of the whole-page cache turn it on
# with the `page_cache` fixture.
PAGE_CACHE_SECONDS = 0
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Seeded and uploaded files go to a throwaway folder, never into the working tree.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="vetweb-test-media-"))
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # mail.outbox
