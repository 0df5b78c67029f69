"""Visitors see live versions only: a draft library entry, framework, partner or topic stays in the admin."""

import pytest

from wagtail.models import Locale

from home.models import Partner, Topic
from tests.factories.resources import FrameworkFactory, ResourceFactory

pytestmark = pytest.mark.django_db


def test_a_draft_entry_is_nowhere_in_the_public_library(client):
    framework = FrameworkFactory(name="Draftonly framework", slug="draftonly", live=False)
    draft = ResourceFactory(
        title="Zanzibarian draft toolkit", slug="zanzibarian-draft", frameworks=[framework], live=False
    )

    listing = client.get("/en/resources/").content.decode()
    assert draft.title not in listing and "Draftonly framework" not in listing
    assert draft.title not in client.get("/en/resources/", {"q": "zanzibarian"}).content.decode()
    assert draft.title not in client.get("/en/search/", {"q": "zanzibarian"}).content.decode()
    assert client.get("/en/resources/zanzibarian-draft/").status_code == 404
    assert client.get("/en/resources/zanzibarian-draft/download/").status_code == 404


def test_draft_partners_and_topics_are_not_shown():
    english = Locale.get_default()
    Partner.objects.create(name="Draft partner organisation", country="IT", locale=english, live=False)
    Topic.objects.create(slug="draft-topic", name="Draft topic label", locale=english, live=False)

    assert "Draft partner organisation" not in [partner.name for partner in Partner.for_locale(english)]
    assert "draft-topic" not in Topic.labels(english)
