"""WSGI entry point for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vetweb_site.settings.production")

application = get_wsgi_application()

from caching.checks import refuse_to_start_on_cache_errors  # noqa: E402 - needs the app registry

refuse_to_start_on_cache_errors()
