"""Users in each editorial role, and helpers to drive the admin like they do."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from editorial.setup import COMMUNICATION_OFFICERS, COORDINATORS, translator_group_name
from home.models import NewsIndexPage


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(execute=True):` runs the on_commit work of one step (publishing, indexing)."""
    return django_capture_on_commit_callbacks


def make_user(username, *group_names):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return user


@pytest.fixture
def officer(db):
    return make_user("officer", COMMUNICATION_OFFICERS)


@pytest.fixture
def coordinator(db):
    return make_user("coordinator", COORDINATORS)


@pytest.fixture
def translator_sq(db):
    return make_user("translator-sq", translator_group_name("sq"))


@pytest.fixture
def translator_it(db):
    return make_user("translator-it", translator_group_name("it"))


def news_index_of(home):
    """Where communication officers write news items."""
    return NewsIndexPage.objects.child_of(home).get()


def news_form(title, slug, paragraphs, summary):
    """POST data for a news item's add form."""
    return page_form(title, slug, paragraphs, summary=summary, date="2026-11-02", tags="")


def page_form(title, slug, paragraphs, **fields):
    """POST data for a page add/edit form (StandardPage-like: title, slug, intro, body paragraphs)."""
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            **({} if "summary" in fields else {"intro": fields.pop("intro", "")}),
            "body": streamfield([("paragraph", rich_text(f"<p>{text}</p>")) for text in paragraphs]),
            "comments": inline_formset([]),
            **fields,
        }
    )
