"""Editors can open the admin forms of the work package, news and partner content."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from home.models import NewsIndexPage, NewsPage, Partner, Topic, WorkPackageIndexPage, WorkPackagePage


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pass")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", [WorkPackageIndexPage, WorkPackagePage, NewsIndexPage, NewsPage])
def test_page_edit_forms_open(editor_client, model):
    page = model.objects.filter(locale__language_code="en").first()
    assert editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


@pytest.mark.parametrize("model", [Partner, Topic])
def test_snippet_list_and_edit_forms_open(editor_client, model):
    item = model.objects.filter(locale__language_code="sq").first()
    app, name = model._meta.app_label, model._meta.model_name
    assert editor_client.get(reverse(f"wagtailsnippets_{app}_{name}:list")).status_code == 200
    assert editor_client.get(reverse(f"wagtailsnippets_{app}_{name}:edit", args=[item.pk])).status_code == 200


def test_news_can_be_added_under_the_news_index_only(editor_client):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    url = reverse("wagtailadmin_pages:add", args=["home", "newspage", index.pk])
    assert editor_client.get(url).status_code == 200
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
