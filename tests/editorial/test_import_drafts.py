"""The bulk import writes drafts for a coordinator to approve, unless a publisher asks for --publish."""

import pytest

from django.core.management.base import CommandError

from resources.models import Resource
from tests.resources.test_import_export import GOOD, run, write_csv

from .conftest import LIBRARY_ENTRY, library_entry, user_for

pytestmark = pytest.mark.django_db


def test_imported_entries_are_drafts_out_of_the_public_library(client, tmp_path):
    english = library_entry("en")
    changed = {"slug": LIBRARY_ENTRY, "title": "Renamed by the import"}
    rows = [GOOD, {**GOOD, **changed, "frameworks": "eqavet"}]

    output = run("import_resources", write_csv(tmp_path / "drafts.csv", rows))

    assert "drafts until a coordinator publishes them" in output
    new = Resource.objects.get(slug=GOOD["slug"])
    assert not new.live and new.latest_revision is not None
    existing = Resource.objects.get(pk=english.pk)
    assert existing.title == english.title and existing.has_unpublished_changes
    assert existing.get_latest_revision_as_object().title == "Renamed by the import"
    assert client.get(f"/en/resources/{GOOD['slug']}/").status_code == 404
    assert "Renamed by the import" not in client.get("/en/resources/").content.decode()


def test_publish_needs_someone_who_may_publish(tmp_path):
    path = write_csv(tmp_path / "publish.csv", [GOOD])
    with pytest.raises(CommandError, match="needs --user"):
        run("import_resources", path, "--publish")
    officer = user_for("officer")
    with pytest.raises(CommandError, match="may not publish"):
        run("import_resources", path, "--publish", "--user", officer.username)
    assert not Resource.objects.filter(slug=GOOD["slug"]).exists()


def test_a_coordinators_publish_import_is_live(client, tmp_path):
    coordinator = user_for("coordinator")

    run(
        "import_resources",
        write_csv(tmp_path / "live.csv", [GOOD]),
        "--publish",
        "--user",
        coordinator.username,
    )

    entry = Resource.objects.get(slug=GOOD["slug"])
    assert entry.live and entry.live_revision.user == coordinator
    assert client.get(f"/en/resources/{GOOD['slug']}/").status_code == 200


def test_an_officers_import_waits_on_the_coordinators_dashboard_and_the_report_links_it(client):
    from tests.resources.test_import_admin import GOOD as ADMIN_ROW
    from tests.resources.test_import_admin import URL, upload

    client.force_login(user_for("officer"))
    preview = client.post(URL, {"file": upload([ADMIN_ROW])})
    report = client.post(URL, {"confirm": "1", "sha256": preview.context["sha256"]}).content.decode()

    entry = Resource.objects.get(slug=ADMIN_ROW["slug"], locale__language_code="en")
    assert not entry.live and entry.workflow_in_progress
    edit_url = f"/admin/snippets/resources/resource/edit/{entry.pk}/"
    assert "1 draft sent to the coordinator for approval" in report
    assert f'<a href="{edit_url}">{ADMIN_ROW["title"]}</a>' in report

    client.force_login(user_for("coordinator"))
    dashboard = client.get("/admin/").content.decode()
    review = dashboard[dashboard.index("Awaiting your review") :]
    assert ADMIN_ROW["title"] in review


def test_an_albanian_officer_reads_why_a_row_is_rejected_in_albanian(client):
    from html import unescape

    from wagtail.users.models import UserProfile

    from tests.resources.test_import_admin import GOOD as ADMIN_ROW
    from tests.resources.test_import_admin import URL, upload

    officer = user_for("officer")
    profile = UserProfile.get_for_user(officer)
    profile.preferred_language = "sq"
    profile.save()
    client.force_login(officer)

    bad = {**ADMIN_ROW, "title": "", "external_url": "", "publication_year": "1066"}
    preview = unescape(client.post(URL, {"file": upload([bad])}).content.decode())

    assert "mungon titulli" in preview and "vit botimi i gabuar '1066'" in preview
    assert "missing title" not in preview
    assert not Resource.objects.filter(slug=ADMIN_ROW["slug"]).exists()
