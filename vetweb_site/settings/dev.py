"""Local development: debug pages, a throwaway key, plain static files."""

from .base import *  # noqa: F403
from .base import STORAGES, env

DEBUG = True
SECRET_KEY = env("SECRET_KEY", "django-insecure-local-development-only")
ALLOWED_HOSTS = ["*"]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"  # mails are printed, never sent
