"""WSGI entry point for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vetweb_site.settings.production")

django_application = get_wsgi_application()

from ops.checks import refuse_to_start_on_cache_errors  # noqa: E402 - needs the app registry
from ops.front_cache import FrontPageCache  # noqa: E402

# Page-cache hits of the most read pages are answered from this process's memory, before Django.
application = FrontPageCache(django_application)

refuse_to_start_on_cache_errors()
