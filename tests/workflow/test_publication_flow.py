"""The whole editorial flow through the admin: write, approve, translate by PO file, find in Albanian."""

import polib

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import Translation

from .conftest import news_form, news_index_of, page_form
from .helpers import english_page

ENGLISH = "Quality in work-based learning"
ALBANIAN = {
    ENGLISH: "Cilësia në mësimin në vendin e punës",
    "How trainers check the quality of apprenticeships.": "Si e kontrollojnë trajnerët cilësinë e praktikave.",
    "Trainers from four schools compared their checklists.": "Trajnerët nga katër shkolla krahasuan listat e tyre.",
}


def test_officer_writes_coordinator_approves_translator_translates_and_albanian_search_finds_it(
    client, officer, coordinator, translator_sq, home_pages, locales, django_capture_on_commit_callbacks
):
    committed = django_capture_on_commit_callbacks  # wagtail-localize and the search index act on commit
    parent = news_index_of(home_pages["en"])

    # A communication officer writes the item and submits it for approval.
    client.force_login(officer)
    add_url = reverse("wagtailadmin_pages:add", args=["home", "newspage", parent.pk])
    form = news_form(
        ENGLISH,
        "quality-in-wbl",
        ["Trainers from four schools compared their checklists."],
        summary="How trainers check the quality of apprenticeships.",
    )
    with committed(execute=True):
        response = client.post(add_url, {**form, "action-submit": "Submit"})
    assert response.status_code == 302, response.content[:2000]
    page = Page.objects.get(slug="quality-in-wbl", locale=locales["en"]).specific
    assert not page.live
    task_state = page.current_workflow_task_state
    assert task_state is not None

    # A communication officer cannot approve; a coordinator can.
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    client.post(approve_url, {"comment": ""})
    assert not Page.objects.get(pk=page.pk).live
    client.force_login(coordinator)
    with committed(execute=True):
        response = client.post(approve_url, {"comment": "Fine"})
    assert response.status_code in (200, 302)
    assert Page.objects.get(pk=page.pk).live

    # The coordinator sends it for translation into Albanian.
    with committed(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [locales["sq"].pk]},
        )
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locales["sq"])

    # The Albanian translator downloads the PO file, translates it and uploads it, then publishes.
    client.force_login(translator_sq)
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    for entry in po:
        entry.msgstr = ALBANIAN.get(entry.msgid, entry.msgid)
    sq_page = page.get_translation(locales["sq"])
    edit_url = reverse("wagtailadmin_pages:edit", args=[sq_page.pk])
    upload = SimpleUploadedFile("sq.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": edit_url}
    )
    assert response.status_code == 302
    with committed(execute=True):
        response = client.post(edit_url, {"action": "publish"}, follow=True)
    assert response.status_code == 200

    sq_page = Page.objects.get(pk=sq_page.pk)
    assert sq_page.live
    assert sq_page.title == ALBANIAN[ENGLISH]

    # Visitors find it in Albanian, typing without diacritics, and in the Albanian news feed.
    client.logout()
    response = client.get("/sq/search/", {"q": "cilesine praktikave"})
    assert ALBANIAN[ENGLISH] in response.content.decode()
    assert sq_page.url in response.content.decode()
    news = client.get("/sq/news/").content.decode()
    assert ALBANIAN[ENGLISH] in news
    assert ALBANIAN["How trainers check the quality of apprenticeships."] in news


def test_an_officers_change_to_a_live_page_waits_for_approval(
    client, officer, coordinator, home_pages, django_capture_on_commit_callbacks
):
    about = home_pages["en"].get_children().get(slug="about").specific
    client.force_login(officer)
    edit_url = reverse("wagtailadmin_pages:edit", args=[about.pk])
    form = page_form(about.title, about.slug, ["A sentence waiting for approval."], intro=about.intro)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url, {**form, "action-submit": "Submit"})

    assert "A sentence waiting for approval." not in client.get("/en/about/").content.decode()
    task_state = Page.objects.get(pk=about.pk).current_workflow_task_state
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:workflow_action", args=[about.pk, "approve", task_state.pk]))
    client.logout()
    assert "A sentence waiting for approval." in client.get("/en/about/").content.decode()


def test_an_officer_sends_a_page_into_every_language_in_one_action(
    client, officer, home_pages, locales, django_capture_on_commit_callbacks
):
    page = english_page(home_pages["en"], slug="sent-everywhere")
    client.force_login(officer)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [locales[code].pk for code in ("sq", "cnr", "it")]},
        )

    assert response.status_code == 302
    assert Translation.objects.filter(source__object_id=page.translation_key).count() == 3
    copies = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    assert copies.count() == 3
    assert not copies.filter(alias_of__isnull=False).exists()
