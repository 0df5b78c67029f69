"""Every change shows at once, whatever made it: the scheduler, a management command, a shell, another
process, a new release. The page cache is on; no web request causes any of these changes."""

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageViewRestriction

from caching.generation import release
from home.models import HomePage, NewsPage, StandardPage
from resources.models import Resource
from tests.editorial.conftest import user_for
from tests.resources.test_import_export import GOOD, run, write_csv

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]
PAST = datetime.timedelta(seconds=5)
NEWS_SLUG = "exploratory-phase-podgorica"


def cached(client, url):
    """Visit `url` until the page cache answers it: what a visitor gets from now on."""
    client.get(url)
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit", url
    return response


def test_an_expiry_that_passes_takes_the_page_down_everywhere_when_the_scheduler_runs(client):
    news = NewsPage.objects.get(slug=NEWS_SLUG, locale__language_code="en")
    for url in ("/en/news/", f"/en/news/{NEWS_SLUG}/", "/en/news/feed/", "/sitemap.xml"):
        assert f"/en/news/{NEWS_SLUG}/".encode() in cached(client, url).content
    # The expiry time passes: nothing is saved, no signal is sent, until the scheduler runs.
    NewsPage.objects.filter(pk=news.pk).update(expire_at=timezone.now() - PAST)

    call_command("publish_scheduled")

    assert client.get(f"/en/news/{NEWS_SLUG}/").status_code == 404
    # Its translations stay up: only the English page expired.
    for url in ("/en/news/", "/en/news/feed/", "/sitemap.xml", "/api/v2/pages/?type=home.NewsPage&locale=en"):
        response = client.get(url)
        assert f"/en/news/{NEWS_SLUG}/".encode() not in response.content, url


def test_a_page_scheduled_to_go_live_appears_when_the_scheduler_runs(client):
    home = HomePage.objects.get(locale__language_code="en")
    page = StandardPage(title="Training calendar 2027", slug="training-calendar-2027", live=False)
    home.add_child(instance=page)
    revision = page.save_revision()
    cached(client, "/en/")
    assert client.get("/en/training-calendar-2027/").status_code == 404
    revision.approved_go_live_at = timezone.now() - PAST  # scheduled in the admin, and the time came
    revision.save()

    call_command("publish_scheduled")

    assert client.get("/en/training-calendar-2027/").status_code == 200
    assert b"/en/training-calendar-2027/" in client.get("/sitemap.xml").content


def test_a_scheduled_library_entry_goes_down_when_its_expiry_passes(client):
    entry = Resource.objects.filter(locale__language_code="en", live=True).first()
    assert entry.title.encode() in cached(client, f"/en/resources/{entry.slug}/").content
    Resource.objects.filter(pk=entry.pk).update(expire_at=timezone.now() - PAST)

    call_command("publish_scheduled")

    assert client.get(f"/en/resources/{entry.slug}/").status_code == 404


def test_a_section_made_private_from_a_shell_leaves_the_cached_pages_and_the_sitemap(client):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    cached(client, "/en/about/")
    assert b"/en/about/" in cached(client, "/sitemap.xml").content

    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)

    assert client.get("/en/about/").status_code == 302  # to the sign-in page
    assert b"/en/about/" not in client.get("/sitemap.xml").content


def test_a_fixture_loaded_with_loaddata_shows_at_once(client, tmp_path):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    cached(client, "/en/about/")
    fixture = tmp_path / "about.json"
    call_command("dumpdata", "wagtailcore.page", pks=str(about.pk), output=str(fixture))
    rows = json.loads(fixture.read_text())
    rows[0]["fields"]["title"] = "About the project, as restored from a fixture"
    fixture.write_text(json.dumps(rows))

    call_command("loaddata", str(fixture), verbosity=0)

    assert "About the project, as restored from a fixture" in client.get("/en/about/").content.decode()


def test_a_publishing_import_shows_at_once(client, tmp_path):
    cached(client, "/en/resources/")
    coordinator = user_for("coordinator")

    run(
        "import_resources",
        write_csv(tmp_path / "live.csv", [GOOD]),
        "--publish",
        "--user",
        coordinator.username,
    )

    assert GOOD["title"] in client.get("/en/resources/").content.decode()


def test_a_new_release_drops_every_cached_page(client, settings):
    cached(client, "/en/about/")
    settings.RELEASE = "the-next-release"
    release.cache_clear()
    try:
        assert client.get("/en/about/")["X-Page-Cache"] == "miss"
    finally:
        release.cache_clear()


def test_a_change_in_another_process_drops_the_pages_this_one_cached(client, settings, tmp_path):
    """The server and a command (the scheduler, a shell) are separate processes: they share the
    cache and so the content generation (a file cache for the embedded default, Redis otherwise)."""
    shared = {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path)}
    settings.CACHES = {"default": shared}
    cached(client, "/en/about/")

    other_process = subprocess.run(
        [sys.executable, "manage.py", "drop_page_cache"],
        cwd=Path(settings.BASE_DIR),
        env={
            # Only the cache is shared: the other process needs no database for this command.
            **{
                name: value for name, value in os.environ.items() if name not in ("REDIS_URL", "DATABASE_URL")
            },
            "DJANGO_SETTINGS_MODULE": "vetweb_site.settings.test",
            "CACHE_DIR": str(tmp_path),
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert other_process.returncode == 0, other_process.stderr
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"


def test_the_embedded_default_shares_one_cache_between_processes():
    """`make run`: the server, the scheduler and manage.py commands must see one generation."""
    backend = settings.CACHES["default"]["BACKEND"]
    if os.environ.get("REDIS_URL"):
        assert backend.endswith("RedisCache")
    else:
        from vetweb_site.settings import base

        assert base.CACHES["default"]["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache"
