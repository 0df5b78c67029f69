"""Library entries go live the way pages do: officer edits, coordinator approves, translators publish."""

import pytest

from django.urls import reverse

from resources.models import Resource

from .actions import resource_form, snippet_url
from .conftest import LIBRARY_ENTRY, library_entry, put_string, title_segment, translation_of, user_for

pytestmark = pytest.mark.django_db

REVISED = "EQAVET self-assessment, revised edition"
TRANSLATED = {
    "sq": "Vetëvlerësimi EQAVET, botim i rishikuar",
    "cnr": "EQAVET samoprocjena, revidirano izdanje",
    "it": "Autovalutazione EQAVET, edizione rivista",
}


def public_detail(client, language):
    return client.get(f"/{language}/resources/{LIBRARY_ENTRY}/").content.decode()


def test_an_officers_edit_is_live_only_after_approval_then_translators_publish_each_language(
    client, on_commit
):
    english = library_entry("en")
    old_title = english.title
    officer, coordinator = user_for("officer"), user_for("coordinator")

    client.force_login(officer)
    response = client.post(
        snippet_url("edit", english), {**resource_form(english, REVISED), "action-submit": "1"}
    )
    assert response.status_code == 302
    english = Resource.objects.get(pk=english.pk)
    assert english.current_workflow_state is not None
    assert english.title == old_title and english.has_unpublished_changes

    client.logout()
    assert old_title in public_detail(client, "en") and REVISED not in public_detail(client, "en")
    assert REVISED not in client.get("/en/resources/", {"q": "revised"}).content.decode()

    client.force_login(coordinator)
    task_state = english.current_workflow_task_state
    with on_commit():
        client.post(snippet_url("workflow_action", english, "approve", task_state.pk), {"comment": ""})
    assert Resource.objects.get(pk=english.pk).title == REVISED
    client.logout()
    assert REVISED in public_detail(client, "en")

    client.force_login(
        officer
    )  # the officer's sync brings the new English text to the translators, as drafts
    source = translation_of(library_entry("it")).source
    client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})

    for language, title in TRANSLATED.items():
        entry = library_entry(language)
        assert public_detail(client, language).count(title) == 0
        client.force_login(user_for("translator", language))
        translation = translation_of(entry)
        assert put_string(client, translation, title_segment(translation), title).status_code in (200, 201)
        with on_commit():
            client.post(snippet_url("edit", entry), {"action": "publish"})
        client.logout()
        assert title in public_detail(client, language), language
