"""A URLconf of the API alone, set on API requests so that Django's LocaleMiddleware does not turn
the API's JSON 404s into redirects to /en/api/... (the language-prefixed catch-all of the site's
pages would match them)."""

from django.urls import path

from .router import api_router

urlpatterns = [path("api/v2/", api_router.urls)]
