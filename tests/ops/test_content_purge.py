"""A changed or deleted library entry, snippet or document leaves the edge cache on every page
that shows it, in every language."""

import pytest

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Page, Site

from home.models import FooterLinks
from resources.models import Resource, ResourceLibraryPage
from tests.factories.resources import FrameworkFactory

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def recorded_purges(settings):
    settings.WAGTAILFRONTENDCACHE = {"recording": {"BACKEND": f"{__name__}.RecordingBackend"}}
    PURGED.clear()
    yield PURGED
    PURGED.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed():` runs what the edit does once its transaction commits (the purge)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def libraries(db):
    return list(ResourceLibraryPage.objects.live())


def test_editing_a_resource_purges_each_library_and_its_page_there(recorded_purges, libraries, committed):
    resource = Resource.objects.get(slug="eqavet-indicators-workbook", locale__language_code="en")
    resource.title = "EQAVET indicators workbook (2nd edition)"
    with committed():
        resource.save()

    for library in libraries:
        assert library.full_url in recorded_purges
        assert f"{library.full_url}eqavet-indicators-workbook/" in recorded_purges


def test_withdrawing_a_resource_purges_its_pages(recorded_purges, libraries, committed):
    resource = Resource.objects.get(slug="eqavet-indicators-workbook", locale__language_code="en")
    with committed():
        resource.delete()

    assert f"{libraries[0].full_url}eqavet-indicators-workbook/" in recorded_purges


def test_a_new_framework_purges_the_libraries(recorded_purges, libraries, committed):
    with committed():
        FrameworkFactory()
    assert {library.full_url for library in libraries} <= set(recorded_purges)


def test_nothing_is_purged_without_an_edge_cache(settings, committed, db):
    settings.WAGTAILFRONTENDCACHE = {}
    PURGED.clear()
    with committed():
        FrameworkFactory()
    assert PURGED == []


def test_replacing_a_document_purges_the_library_pages_offering_it(recorded_purges, libraries, committed):
    resource = Resource.objects.filter(files__document__isnull=False).first()
    document = resource.files.exclude(document=None).first().document
    document.title = "Replaced file"
    with committed():
        document.save()

    assert document.url in recorded_purges
    assert f"{libraries[0].full_url}{resource.slug}/" in recorded_purges


def test_changing_the_footer_links_purges_every_page_and_library_entry(recorded_purges, libraries, committed):
    footer = FooterLinks.for_site(Site.objects.get(is_default_site=True))
    with committed():
        footer.save()

    for page in Page.objects.live().public().filter(depth__gt=1):
        assert page.full_url in recorded_purges, page.url_path
    for library in libraries:
        assert f"{library.full_url}eqavet-indicators-workbook/" in recorded_purges
