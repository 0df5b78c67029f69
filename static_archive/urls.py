"""The site's URLs as the archive renders them: the live search view is replaced by the archive's
search page (first match wins, under the same name); everything else is the site's own."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from vetweb_site.urls import urlpatterns as site_urlpatterns

from .views import archive_search

urlpatterns = [*i18n_patterns(path("search/", archive_search, name="search")), *site_urlpatterns]
