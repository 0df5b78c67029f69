"""The pytest suite: fast hashing, plain static files, no network, a dummy machine translator."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import STORAGES

SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Seeded and uploaded files go to a throwaway folder, never into the working tree.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="vetweb-test-media-"))
