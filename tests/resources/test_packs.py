"""Offline toolkit packs: one ZIP of a library view, in the visitor's language, built once per content."""

import hashlib
import io
import json
import zipfile
from datetime import timedelta

import pytest

from django.core.files.storage import default_storage
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


@pytest.fixture
def albanian_file(db):
    """One Albanian EQAVET entry with its own Albanian file, as a translator would set it."""
    resource = (
        Resource.objects.filter(
            locale__language_code="sq", framework_links__framework__slug="eqavet", live=True
        )
        .exclude(document=None)
        .order_by("pk")
        .first()
    )
    resource.document = demo_document(f"{resource.slug}-sq", resource.title, language="sq")
    resource.save()
    return resource


def listed(language="sq", framework="eqavet"):
    """What the library lists for the view, each with the language its file is really in."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language)
    rows = (
        Resource.objects.in_library_of(locale).filter(framework_links__framework__slug=framework).distinct()
    )
    english = dict(
        Resource.objects.filter(locale__language_code="en").values_list("translation_key", "document_id")
    )
    result = {}
    for resource in rows.select_related("locale", "document"):
        own = (
            resource.locale.language_code == "en" or resource.document_id != english[resource.translation_key]
        )
        result[resource.slug] = (resource, resource.locale.language_code if own else "en")
    return result


def open_pack(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_a_filtered_pack_holds_exactly_the_listed_resources_files_in_the_visitors_language(
    client, english_only, albanian_file
):
    expected = listed()
    archive = open_pack(client.get(PACK))
    files = [name for name in archive.namelist() if name.startswith("files/")]

    with_files = {slug: value for slug, value in expected.items() if value[0].document_id}
    assert len(files) == len(with_files)
    for slug, (resource, language) in with_files.items():
        [name] = [name for name in files if f"-{slug}-" in name]
        assert name.endswith(f"-{language}.pdf")
        with resource.document.file.open("rb") as original:
            assert archive.read(name) == original.read()
    languages = {language for _resource, language in with_files.values()}
    assert languages == {"sq", "en"}  # translated files, and the English one standing in


def test_the_index_names_every_resource_and_says_which_files_are_english(client, english_only):
    archive = open_pack(client.get(PACK))
    index = archive.read("index.html").decode()

    for resource, _language in listed().values():
        assert resource.title in index
    assert '<html lang="sq">' in index
    assert "Pack test workbook" in index
    assert index.count("nuk ekziston ende në gjuhën tuaj") == sum(
        1 for resource, language in listed().values() if resource.document_id and language == "en"
    )
    assert "http://testserver/sq/resources/pack-test-workbook/" in index


def test_the_manifest_gives_the_checksum_of_every_file(client, english_only):
    archive = open_pack(client.get(PACK))
    manifest = json.loads(archive.read("manifest.json"))
    sums = archive.read("SHA256SUMS").decode().splitlines()

    assert manifest["language"] == "sq"
    assert {item["path"] for item in manifest["files"]} == set(archive.namelist()) - {
        "manifest.json",
        "SHA256SUMS",
    }
    for item in manifest["files"]:
        data = archive.read(item["path"])
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
        assert "second edition" in zipfile.ZipFile(stored).read("index.html").decode()


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

    assert [name for name in archive.namelist() if name.startswith("files/")] == [
        "files/001-work-package-pack-test-en.pdf"
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
    assert "files/001-work-package-pack-link-test-en.pdf" in open_pack(client.get(pack_url)).namelist()
