"""Offline toolkit packs: one ZIP of a library view, in the visitor's language, built once per content."""

import hashlib
import io
import json
import zipfile
from datetime import timedelta

import pytest

from django.core.files.storage import default_storage
from django.http import QueryDict
from django.utils import timezone

from wagtail.models import Locale

from demo.pdf import demo_document
from resources import tasks
from resources.models import Framework, Resource, ToolkitPack
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db

PACK = "/sq/resources/pack/?framework=eqavet"


@pytest.fixture
def english_only(db, django_capture_on_commit_callbacks):
    """A live English entry under EQAVET that nobody translated: the sq pack carries its English file.
    Created as committed, so its rebuild job has run (no pack yet) before the test starts."""
    framework = Framework.objects.get(slug="eqavet", locale__language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        document = demo_document("pack-english-only", "Pack test workbook")
        return ResourceFactory(
            title="Pack test workbook",
            slug="pack-test-workbook",
            document=document,
            external_url="",
            frameworks=[framework],
        )


def listed(language="sq", framework="eqavet"):
    """What the library lists for the view, each with the file a pack in `language` holds: the one
    attached in that language, else the English one."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language)
    rows = (
        Resource.objects.in_library_of(locale).filter(framework_links__framework__slug=framework).distinct()
    )
    result = {}
    for resource in rows.prefetch_related("files__document"):
        attached = resource.file_in(language) or resource.file_in("en")
        result[resource.slug] = (resource, attached)
    return result


def folder_of(archive):
    [folder] = {name.split("/")[0] for name in archive.namelist()}
    return folder


def open_pack(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_a_filtered_pack_holds_exactly_the_listed_resources_files_in_the_visitors_language(
    client, english_only
):
    expected = listed()
    archive = open_pack(client.get(PACK))
    folder = folder_of(archive)
    files = [name for name in archive.namelist() if name.startswith(f"{folder}/files/")]

    with_files = {slug: value for slug, value in expected.items() if value[1] and value[1].document_id}
    assert len(files) == len(with_files)
    for slug, (_resource, attached) in with_files.items():
        [name] = [name for name in files if f"-{slug}-" in name]
        assert name.endswith(f"-{attached.language}.pdf")
        with attached.document.file.open("rb") as original:
            assert archive.read(name) == original.read()
    languages = {attached.language for _resource, attached in with_files.values()}
    assert languages == {"sq", "en"}  # Albanian files, and the English one standing in


def test_the_pack_is_named_for_what_it_holds_with_one_folder_inside(client, english_only):
    response = client.get(PACK)
    archive = open_pack(response)

    assert 'filename="vet-web-sq-framework-eqavet.zip"' in response["Content-Disposition"]
    assert folder_of(archive) == "vet-web-sq-framework-eqavet"
    other = client.get("/it/resources/pack/?type=template")
    assert 'filename="vet-web-it-type-template.zip"' in other["Content-Disposition"]


def test_the_index_names_every_resource_and_says_which_files_are_english(client, english_only):
    archive = open_pack(client.get(PACK))
    index = archive.read(f"{folder_of(archive)}/index.html").decode()

    for resource, _attached in listed().values():
        assert resource.title in index
    assert '<html lang="sq">' in index
    assert "Pack test workbook" in index
    assert index.count("nuk ekziston ende në gjuhën tuaj") == sum(
        1 for _resource, attached in listed().values() if attached and attached.language == "en"
    )
    assert "http://testserver/sq/resources/pack-test-workbook/" in index
    assert "Financuar nga Bashkimi Evropian" in index  # the EU funding line, in the pack's language


def test_a_pack_of_one_file_language_holds_only_files_in_that_language(client):
    archive = open_pack(client.get("/sq/resources/pack/?language=sq"))
    folder = folder_of(archive)
    manifest = json.loads(archive.read(f"{folder}/manifest.json"))
    files = [item for item in manifest["files"] if item["path"].startswith("files/")]
    with_albanian_file = Resource.objects.in_library_of(Locale.objects.get(language_code="sq")).filter(
        files__language="sq", files__document__isnull=False
    )

    assert len(files) == with_albanian_file.count() > 10
    assert {item["language"] for item in files} == {"sq"}
    assert all(item["path"].endswith("-sq.pdf") for item in files)
    index = archive.read(f"{folder}/index.html").decode()
    assert "nuk ekziston ende në gjuhën tuaj" not in index
    assert index.count("(shqip, ") == len(files)


def test_the_manifest_gives_the_checksum_of_every_file(client, english_only):
    archive = open_pack(client.get(PACK))
    folder = folder_of(archive)
    manifest = json.loads(archive.read(f"{folder}/manifest.json"))
    sums = archive.read(f"{folder}/SHA256SUMS").decode().splitlines()

    assert manifest["language"] == "sq"
    assert {f"{folder}/{item['path']}" for item in manifest["files"]} == set(archive.namelist()) - {
        f"{folder}/manifest.json",
        f"{folder}/SHA256SUMS",
    }
    for item in manifest["files"]:
        data = archive.read(f"{folder}/{item['path']}")
        assert hashlib.sha256(data).hexdigest() == item["sha256"]
        assert len(data) == item["bytes"]
        assert f"{item['sha256']}  {item['path']}" in sums


def test_the_second_request_is_served_from_storage_without_rebuilding(client, english_only, monkeypatch):
    first = b"".join(client.get(PACK).streaming_content)
    pack = ToolkitPack.objects.get(language_code="sq", parameters="framework=eqavet")
    assert default_storage.exists(pack.file_name)
    builds = []
    monkeypatch.setattr(tasks, "build", lambda *args: builds.append(args))

    second = b"".join(client.get(PACK).streaming_content)

    assert builds == []
    assert second == first


def test_a_pack_downloaded_again_counts_as_recently_asked_for_to_the_hour(client, english_only):
    """forget_old_packs keeps the packs asked for last; a download marks its pack at most hourly,
    so a popular pack is not a database write on every download."""
    b"".join(client.get(PACK).streaming_content)
    pack = ToolkitPack.objects.get(language_code="sq", parameters="framework=eqavet")
    long_ago = timezone.now() - timedelta(hours=2)
    ToolkitPack.objects.filter(pk=pack.pk).update(requested_at=long_ago)

    b"".join(client.get(PACK).streaming_content)
    pack.refresh_from_db()
    assert pack.requested_at > long_ago + timedelta(hours=1)

    marked = pack.requested_at
    b"".join(client.get(PACK).streaming_content)
    pack.refresh_from_db()
    assert pack.requested_at == marked


def test_a_change_to_one_resource_rebuilds_the_pack_in_the_background(
    client, english_only, django_capture_on_commit_callbacks
):
    client.get(PACK)
    pack = ToolkitPack.objects.get(language_code="sq", parameters="framework=eqavet")
    old_key, old_name = pack.key, pack.file_name

    english_only.title = "Pack test workbook, second edition"
    with django_capture_on_commit_callbacks(execute=True):
        english_only.save()  # after the commit, the packs are rebuilt (django-tasks; immediate in tests)

    pack.refresh_from_db()
    assert pack.key != old_key
    assert not default_storage.exists(old_name)
    with default_storage.open(pack.file_name) as stored:
        archive = zipfile.ZipFile(stored)
        assert "second edition" in archive.read(f"{folder_of(archive)}/index.html").decode()


def test_a_pack_past_the_size_cap_says_so_and_how_to_narrow_it(client, settings):
    settings.PACK_MAX_BYTES = 1000
    response = client.get(PACK)
    library = client.get("/sq/resources/?framework=eqavet").content.decode()

    assert response.status_code == 200
    assert "text/html" in response["Content-Type"]
    assert "janë shumë për një paketë" in response.content.decode()
    assert not ToolkitPack.objects.exists()
    assert "shumë e madhe për një paketë" in library


def test_the_library_shows_the_pack_and_its_size_before_download(client):
    html = client.get("/it/resources/?framework=eqavet").content.decode()

    assert 'href="/it/resources/pack/?framework=eqavet" rel="nofollow"' in html
    assert "ZIP," in html
    assert "con 3G lento" in html


@pytest.mark.parametrize("agent", ["curl/8.0", "Googlebot/2.1"])
def test_bots_never_start_a_build(client, agent):
    response = client.get(PACK, HTTP_USER_AGENT=agent)

    assert response.status_code == 202
    assert not ToolkitPack.objects.exclude(file_name="").exists()


def test_an_empty_view_has_nothing_to_pack(client):
    response = client.get("/sq/resources/pack/?framework=no-such-framework")

    assert response.status_code == 200
    assert not ToolkitPack.objects.exists()


def test_the_pack_and_the_feed_cost_the_same_queries_for_more_resources(assert_queries_constant):
    framework = Framework.objects.get(slug="eqavet", locale__language_code="en")

    def add(count, start):
        for number in range(count):
            ResourceFactory(title=f"Pack query test {start + number}", frameworks=[framework])

    assert_queries_constant([PACK, "/en/resources/feed/?framework=eqavet"], add, sizes=(1, 20))


def test_a_work_packages_pack_holds_exactly_its_resources(client):
    from home.models import WorkPackagePage

    work_package = WorkPackagePage.objects.live().filter(locale__language_code="en").order_by("pk").first()
    document = demo_document("work-package-pack", "Work package pack test")
    ResourceFactory(
        title="Work package pack test",
        slug="work-package-pack-test",
        document=document,
        external_url="",
        work_package=work_package,
    )

    archive = open_pack(client.get(f"/en/resources/pack/?work_package={work_package.slug}"))

    folder = folder_of(archive)
    assert [name for name in archive.namelist() if name.startswith(f"{folder}/files/")] == [
        f"{folder}/files/001-work-package-pack-test-en.pdf"
    ]


@pytest.mark.parametrize("code", ["en", "sq"])
def test_a_work_package_page_offers_its_entries_as_one_pack_with_its_size(client, code):
    from home.models import WorkPackagePage

    work_package = WorkPackagePage.objects.live().filter(locale__language_code="en").order_by("pk").first()
    ResourceFactory(
        title="Work package pack link test",
        slug="work-package-pack-link-test",
        document=demo_document("work-package-pack-link", "Work package pack link test"),
        external_url="",
        work_package=work_package,
    )
    page = work_package.get_translation(Locale.objects.get(language_code=code))

    html = client.get(page.url).content.decode()

    pack_url = f"/{code}/resources/pack/?work_package={work_package.slug}"
    assert f'href="{pack_url}"' in html
    assert "(ZIP, " in html
    archive = open_pack(client.get(pack_url))
    assert f"{folder_of(archive)}/files/001-work-package-pack-link-test-en.pdf" in archive.namelist()


def test_parallel_first_requests_of_a_view_build_one_zip_and_leave_no_stray_file(client, monkeypatch):
    """Many first requests at once: one claims the build, the others are told to come back (202);
    a build that raced another all the same keeps no second copy."""
    from django.http import QueryDict

    from resources import packs

    view = packs.PackView.from_query("sq", QueryDict("framework=eqavet"))
    key = tasks.fingerprint("sq", view.entries(), view.parameters)
    if default_storage.exists(packs.storage_name(key)):  # built by an earlier test: start from none
        default_storage.delete(packs.storage_name(key))
    # One request claimed the build of this content and is writing it now.
    ToolkitPack.objects.create(
        language_code="sq", parameters=view.parameters, building_key=key, building_since=timezone.now()
    )

    answers = [client.get(PACK).status_code for _request in range(19)]

    assert answers == [202] * 19
    assert not default_storage.exists(packs.storage_name(key))

    class Racing:
        """The storage as a second build saw it: the first one's ZIP not there yet."""

        def exists(self, name):
            return False

        def __getattr__(self, name):
            return getattr(default_storage, name)

    name, _size = packs.build(view, "http://testserver", "/sq/resources/", view.entries())
    monkeypatch.setattr(packs, "default_storage", Racing())
    again, _size = packs.build(view, "http://testserver", "/sq/resources/", view.entries())

    assert again == name == packs.storage_name(key)
    _folders, stored = default_storage.listdir(packs.PACK_FOLDER)
    assert [item for item in stored if item.startswith(key[:16])] == [f"{key}.zip"]


def test_a_claim_left_by_a_crashed_build_is_taken_over(client):
    from django.http import QueryDict

    from resources.packs import PackView

    pack = ToolkitPack.objects.create(language_code="sq", parameters="framework=eqavet")
    view = PackView.from_query("sq", QueryDict("framework=eqavet"))
    key = tasks.fingerprint("sq", view.entries(), view.parameters)
    ToolkitPack.objects.filter(pk=pack.pk).update(
        building_key=key, building_since=timezone.now() - tasks.BUILD_TIMEOUT - timedelta(minutes=1)
    )

    assert open_pack(client.get(PACK))


@pytest.mark.parametrize("value", ["%00", "a%00b", "%0d%0a", "../../etc", "x" * 300])
def test_a_junk_work_package_is_ignored_not_a_server_error(client, value):
    response = client.get(f"/sq/resources/pack/?framework=eqavet&work_package={value}")

    assert response.status_code in (200, 202)
    assert not ToolkitPack.objects.filter(parameters__contains="work_package").exists()


def pack_downloads(language="sq"):
    """{resource pk: downloads counted today from the `language` site}."""
    from resources.models import ResourceDownload

    rows = ResourceDownload.objects.filter(language_code=language, date=timezone.localdate())
    return dict(rows.values_list("resource_id", "count"))


def test_a_pack_download_counts_once_per_visitor_and_day_for_each_file_it_holds(client, english_only):
    """A trainer who takes the pack has downloaded every file in it: the same daily counters as the
    files' own download links, once per visitor and day, none for a link or for a bot."""
    from django.http import QueryDict

    from resources.packs import PackView

    b"".join(client.get(PACK).streaming_content)  # built on the first request
    before = pack_downloads()
    entries = PackView.from_query("sq", QueryDict("framework=eqavet")).entries()
    held_ids = {entry.resource.pk for entry in entries if entry.file and entry.file.document_id}
    linked_ids = {entry.resource.pk for entry in entries} - held_ids

    for address in ("198.51.100.7", "198.51.100.7", "198.51.100.8"):
        b"".join(client.get(PACK, REMOTE_ADDR=address).streaming_content)
    b"".join(client.get(PACK, HTTP_USER_AGENT="curl/8.0", REMOTE_ADDR="198.51.100.9").streaming_content)

    after = pack_downloads()
    added = {pk: after.get(pk, 0) - before.get(pk, 0) for pk in after}
    assert english_only.pk in held_ids
    assert {pk for pk, count in added.items() if count} == held_ids
    assert not linked_ids & set(added)
    assert set(added.values()) - {0} == {2}, "two visitors, one of them twice: two downloads each"


def downloads_on_the_results_page(client):
    """The Results page's downloads in all languages, summed over the months it shows."""
    from tests.results.test_results_page import tables

    cells = tables(client.get("/en/results/").content.decode()).get("downloads", [])  # none: no table
    return sum(int(value) for _month, heading, value in cells if heading == "All languages")


def test_a_pack_download_adds_its_files_to_the_results_pages_downloads(client, english_only):
    from django.http import QueryDict

    from resources.packs import PackView

    b"".join(client.get(PACK).streaming_content)  # built on the first request
    entries = PackView.from_query("sq", QueryDict("framework=eqavet")).entries()
    held = [entry for entry in entries if entry.file and entry.file.document_id]
    before = downloads_on_the_results_page(client)

    b"".join(client.get(PACK, REMOTE_ADDR="198.51.100.20").streaming_content)

    assert len(held) > 1
    assert downloads_on_the_results_page(client) == before + len(held)


def test_counting_a_pack_download_keeps_the_cached_pages(client, english_only, page_cache):
    """A download is a visitor's write, like a file download: it never empties the page cache."""
    from caching.generation import generation

    b"".join(client.get(PACK).streaming_content)
    client.get("/sq/resources/")
    moved_from = generation()

    b"".join(client.get(PACK, REMOTE_ADDR="198.51.100.10").streaming_content)

    assert generation() == moved_from
    assert client.get("/sq/resources/")["X-Page-Cache"] == "hit"


def test_record_many_adds_one_to_each_and_creates_the_days_first_counters(db):
    from resources.models import ResourceDownload

    first, second = ResourceFactory(), ResourceFactory()
    ResourceDownload.record(first, "it")

    ResourceDownload.record_many([first, second, second], "it")

    assert pack_downloads("it") == {first.pk: 2, second.pk: 1}
    ResourceDownload.record_many([], "it")
    assert pack_downloads("it") == {first.pk: 2, second.pk: 1}


@pytest.mark.parametrize("language", ["en", "sq"])
def test_the_pack_size_beside_a_filtered_listing_is_that_listings_pack(client, english_only, language):
    from django.utils import translation

    from resources.filters import LibraryFilters
    from resources.models import ResourceLibraryPage
    from resources.templatetags.library_tags import file_size

    query = "framework=eqavet&type=self-assessment"
    library = ResourceLibraryPage.objects.get(locale__language_code=language)
    whole_count, whole_size = library.pack_view(None).estimate()
    count, size = library.pack_view(LibraryFilters.from_query(QueryDict(query))).estimate()
    assert 0 < count < whole_count and size != whole_size  # the filters make a smaller pack

    html = client.get(f"/{language}/resources/?{query}").content.decode()

    with translation.override(language):
        assert f"(ZIP, {file_size(size)} · " in html


def test_a_listing_longer_than_a_pack_holds_is_offered_no_size(client, settings):
    settings.PACK_MAX_RESOURCES = 2
    html = client.get("/en/resources/?framework=eqavet").content.decode()

    assert 'href="/en/resources/pack/?framework=eqavet" rel="nofollow"' in html
    assert "(too large for one pack: narrow the filters)" in html
    assert "(ZIP," not in html
