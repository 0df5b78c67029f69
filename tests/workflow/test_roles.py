"""Who may do what: communication officers write, coordinators publish, translators stay in their
language, and visitors reach neither the admin nor drafts."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import GroupPagePermission, Page, WorkflowPage
from wagtail_localize.models import Translation

from editorial.setup import (
    COMMUNICATION_OFFICERS,
    COORDINATORS,
    WORKFLOW_NAME,
    ensure_editorial_setup,
    translator_group_name,
)

from .conftest import page_form

pytestmark = pytest.mark.django_db


def about(home_pages, language):
    return home_pages[language].get_children().get(slug="about")


def add_page(client, parent, slug, action):
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk])
    return client.post(url, {**page_form(f"Role test {slug}", slug, ["Some text."]), action: "1"})


def test_editorial_groups_exist_with_the_approval_workflow():
    names = set(Group.objects.values_list("name", flat=True))
    assert {COMMUNICATION_OFFICERS, COORDINATORS} <= names
    assert {translator_group_name(code) for code in ("sq", "cnr", "it")} <= names
    assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow.name == WORKFLOW_NAME


def test_setting_up_the_roles_again_changes_nothing():
    counts = (GroupPagePermission.objects.count(), Group.objects.count(), WorkflowPage.objects.count())
    ensure_editorial_setup()
    ensure_editorial_setup()
    assert (
        GroupPagePermission.objects.count(),
        Group.objects.count(),
        WorkflowPage.objects.count(),
    ) == counts


def test_communication_officer_saves_but_cannot_publish(client, officer, home_pages):
    client.force_login(officer)

    add_page(client, home_pages["en"], "officer-publish", "action-publish")

    page = Page.objects.get(slug="officer-publish", locale=home_pages["en"].locale)
    assert not page.live


def test_coordinator_publishes(client, coordinator, home_pages):
    client.force_login(coordinator)

    add_page(client, home_pages["en"], "coordinator-publish", "action-publish")

    assert Page.objects.get(slug="coordinator-publish", locale=home_pages["en"].locale).live


def test_communication_officer_sees_the_search_report_and_can_send_for_translation(
    client, officer, home_pages
):
    client.force_login(officer)

    assert client.get(reverse("search_queries_report")).status_code == 200
    submit = reverse("wagtail_localize:submit_page_translation", args=[home_pages["en"].pk])
    assert client.get(submit).status_code == 200


@pytest.mark.parametrize(
    ("language", "allowed"), [("sq", True), ("en", False), ("it", False), ("cnr", False)]
)
def test_translator_edits_only_their_own_language(client, translator_sq, home_pages, language, allowed):
    client.force_login(translator_sq)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[about(home_pages, language).pk]))

    assert (response.status_code == 200) is allowed


def test_translator_cannot_touch_another_languages_po_file(client, translator_sq, home_pages, locales):
    client.force_login(translator_sq)
    source_page = about(home_pages, "en")
    italian = Translation.objects.get(
        source__object_id=source_page.translation_key, target_locale=locales["it"]
    )
    albanian = Translation.objects.get(
        source__object_id=source_page.translation_key, target_locale=locales["sq"]
    )

    assert client.get(reverse("wagtail_localize:download_pofile", args=[italian.pk])).status_code != 200
    assert client.get(reverse("wagtail_localize:download_pofile", args=[albanian.pk])).status_code == 200


def test_translator_cannot_publish_source_content_or_send_it_for_translation(
    client, translator_sq, home_pages
):
    client.force_login(translator_sq)
    english = about(home_pages, "en")

    client.post(
        reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action-publish": "1", "title": "Hijacked"}
    )
    submit = client.get(reverse("wagtail_localize:submit_page_translation", args=[english.pk]))

    assert Page.objects.get(pk=english.pk).title != "Hijacked"
    assert submit.status_code != 200


def test_translators_do_not_see_the_search_report(client, translator_sq):
    client.force_login(translator_sq)

    assert client.get(reverse("search_queries_report")).status_code != 200


ADMIN_URLS = [
    "/admin/",
    "/admin/pages/",
    "/admin/reports/search-queries/",
    "/admin/translation-status/",
    "/admin/localize/reports/translations/",
]


@pytest.mark.parametrize("url", ADMIN_URLS)
def test_anonymous_visitors_are_sent_to_the_login_page(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_anonymous_visitors_get_no_admin_page_view(client, home_pages):
    page = about(home_pages, "sq")
    for url in (
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_drafts_are_not_public(client, home_pages, locales):
    draft = home_pages["sq"].add_child(
        instance=Page(title="Draft i fshehtë", slug="draft-i-fshehte", live=False, locale=locales["sq"])
    )
    live = about(home_pages, "sq").specific
    live.intro = "Teksti i padrejtë i draftit"
    live.save_revision()

    assert client.get(f"/sq/{draft.slug}/").status_code == 404
    assert client.get(f"/sq/{draft.slug}/", {"preview": "1"}).status_code == 404
    public = client.get(live.url, {"preview": "true"}).content.decode()
    assert "Teksti i padrejtë i draftit" not in public


def test_translators_edit_translatable_snippets_of_their_language_only(
    rf, translator_sq, officer, home_pages
):
    # Any TranslatableMixin instance stands in for a library entry here (snippets come from other apps).
    from django.core.exceptions import PermissionDenied

    from editorial.wagtail_hooks import keep_translators_to_their_languages

    request = rf.get("/admin/snippets/")
    request.user = translator_sq
    assert keep_translators_to_their_languages(request, about(home_pages, "sq")) is None
    with pytest.raises(PermissionDenied):
        keep_translators_to_their_languages(request, about(home_pages, "it"))
    request.user = officer
    assert keep_translators_to_their_languages(request, about(home_pages, "it")) is None


def test_translator_reaches_only_their_languages_translation_of_a_library_entry(client, translator_sq):
    from resources.models import Resource

    english = Resource.objects.get(slug="eqavet-self-assessment-for-providers", locale__language_code="en")
    translations = {
        translation.target_locale.language_code: translation
        for translation in Translation.objects.filter(source__object_id=english.translation_key)
    }
    italian_entry = english.get_translation(translations["it"].target_locale)
    client.force_login(translator_sq)

    def status(name, translation, method="get"):
        return getattr(client, method)(reverse(f"wagtail_localize:{name}", args=[translation.pk])).status_code

    assert status("download_pofile", translations["sq"]) == 200
    assert status("download_pofile", translations["it"]) == 403
    assert status("machine_translate", translations["it"], "post") == 403
    assert status("upload_pofile", translations["it"], "post") == 403
    edit_italian = reverse("wagtailsnippets_resources_resource:edit", args=[italian_entry.pk])
    refused = client.get(edit_italian)
    assert refused.status_code == 403
    assert "You translate sq only." in refused.content.decode()
