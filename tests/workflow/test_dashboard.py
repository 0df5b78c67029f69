"""What each role finds on the admin dashboard (issue 27, items 3 and 7)."""

import re
from html import unescape

import pytest

from django.urls import reverse

from wagtail.models import Page

from home.models import WorkPackagePage

from .conftest import page_form
from .helpers import english_page


def submit_for_approval(client, officer, page, committed):
    client.force_login(officer)
    form = page_form(page.title, page.slug, ["A sentence waiting for approval."], intro=page.intro)
    with committed(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {**form, "action-submit": "Submit"})
    client.logout()


def test_the_coordinator_sees_what_awaits_their_review_first(
    client, officer, coordinator, home_pages, committed
):
    about = home_pages["en"].get_children().get(slug="about").specific
    submit_for_approval(client, officer, about, committed)
    assert Page.objects.get(pk=about.pk).current_workflow_task_state is not None

    client.force_login(coordinator)
    html = client.get("/admin/").content.decode()

    review = html.index("Awaiting your review")
    assert review < html.index('id="translation-status-heading"')
    assert review < html.index(reverse("wagtailadmin_pages:edit", args=[about.pk]))


def dashboard_links(client):
    html = client.get("/admin/").content.decode()
    links = set(re.findall(r'href="(/admin/[^"#]*)"', html))
    return html, {unescape(link) for link in links if "/logout/" not in link}


@pytest.mark.parametrize("role", ["officer", "coordinator", "translator_sq"])
def test_every_link_on_a_roles_dashboard_opens(client, role, request, home_pages):
    user = request.getfixturevalue(role)
    client.force_login(user)
    html, links = dashboard_links(client)

    assert links
    broken = {link: client.get(link, follow=True).status_code for link in sorted(links)}
    assert {link: status for link, status in broken.items() if status != 200} == {}


def test_a_translator_is_not_offered_translate_or_sync_which_only_editors_may_do(
    client, translator_sq, coordinator, home_pages, locales, committed
):
    page = english_page(home_pages["en"], slug="waiting-to-be-sent")
    client.force_login(translator_sq)
    html, links = dashboard_links(client)
    assert not [link for link in links if "/localize/submit/" in link or "/localize/update/" in link]
    assert "Not sent for translation yet" in html
    status = client.get("/admin/translation-status/").content.decode()
    assert "/localize/submit/" not in status and "/localize/update/" not in status

    client.force_login(coordinator)
    assert (
        reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        in client.get("/admin/").content.decode()
    )


def test_a_translator_finds_translate_on_a_page_sent_for_translation_with_nothing_translated_yet(
    client, translator_sq, coordinator, home_pages, locales, committed
):
    """Sent but still empty, the copy reads in English ("Missing"), yet it is the translator's work:
    the dashboard links to it, rather than saying it was not sent."""
    page = english_page(home_pages["en"], slug="sent-but-empty")
    client.force_login(coordinator)
    with committed(execute=True):
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [locales["sq"].pk]},
        )
    copy = page.get_translation(locales["sq"])

    client.force_login(translator_sq)
    html, links = dashboard_links(client)

    assert reverse("wagtailadmin_pages:edit", args=[copy.pk]) in links
    assert client.get(reverse("wagtailadmin_pages:edit", args=[copy.pk])).status_code == 200


def test_an_officer_is_not_offered_bulk_publishing_which_only_the_coordinator_may_do(
    client, officer, coordinator, home_pages
):
    listing = reverse("wagtailadmin_explore", args=[home_pages["en"].pk])
    publish = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    unpublish = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])

    client.force_login(officer)
    html = client.get(listing).content.decode()
    assert publish not in html and unpublish not in html
    assert (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) in html
        or "bulk-actions" in html
    )

    client.force_login(coordinator)
    html = client.get(listing).content.decode()
    assert publish in html and unpublish in html


def test_a_translator_reads_the_source_work_package_a_library_entry_links_to(client, translator_sq, locales):
    work_package = WorkPackagePage.objects.filter(locale=locales["en"]).first()
    client.force_login(translator_sq)

    response = client.get(f"/admin/api/main/pages/{work_package.pk}/")

    assert response.status_code == 200
    assert response.json()["title"] == work_package.title
    # Reading is all: the API's actions still check the translator's own permissions.
    with_refusal = client.post(
        f"/admin/api/main/pages/{work_package.pk}/action/delete/", {}, content_type="application/json"
    )
    assert with_refusal.status_code in (403, 404)
    assert WorkPackagePage.objects.filter(pk=work_package.pk).exists()


@pytest.mark.parametrize("role", ["officer", "coordinator", "translator_sq"])
def test_every_role_finds_the_editors_guide_from_the_dashboard(client, db, role, request):
    client.force_login(request.getfixturevalue(role))
    assert reverse("editors_guide") in client.get("/admin/").content.decode()

    guide = client.get(reverse("editors_guide")).content.decode()
    for heading in ("The communication officer's day", "The coordinator's day", "The translator's day"):
        assert f"{heading}</h2>" in guide.replace("&#x27;", "'")
