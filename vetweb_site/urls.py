from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from api.router import api_router
from core.page_routing import page_urls
from demand.views import report_reuse, request_translation
from health.views import healthz, readyz
from languages.overview import languages_page
from languages.sitemap import sitemap_section, sitemap_xml
from search import views as search_views

from .uploads import serve_local_media, serves_local_media
from .views import robots_txt

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap_xml, name="sitemap"),
    path("sitemap-<int:number>.xml", sitemap_section, name="sitemap_section"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif serves_local_media(settings):  # one machine with local files: pictures from MEDIA_ROOT
    urlpatterns.append(re_path(r"^media/(?P<path>.+)$", serve_local_media))

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("languages/", languages_page, name="languages"),
    path("demand/request/", request_translation, name="request_translation"),
    path("demand/reuse/", report_reuse, name="report_reuse"),
    path("newsletter/", include("contact.urls")),
    # Wagtail's page URLs, their page found in two queries (core/page_routing.py).
    path("", include(page_urls())),
)
