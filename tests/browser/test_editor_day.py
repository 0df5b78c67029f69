"""An officer writes with the live preview beside the editor (issue 27, item 2), in a real browser:
the panel shows the page as it is typed, not a blank frame refused by the public CSP."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Page

from editorial.setup import COMMUNICATION_OFFICERS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

OFFICER = {"username": "browser-officer", "password": "a-long-officer-password-for-tests"}


def test_officer_sees_the_live_preview_in_the_side_panel(visitor, unblocked_db):
    page, guard = visitor
    with unblocked_db():
        User = get_user_model()
        officer = User.objects.filter(username=OFFICER["username"]).first() or User.objects.create_user(
            OFFICER["username"], "officer@example.org", OFFICER["password"]
        )
        officer.groups.add(Group.objects.get(name=COMMUNICATION_OFFICERS))
        about = Page.objects.get(slug="about", locale__language_code="en")
    try:
        page.goto("/admin/")
        page.get_by_label(re.compile("username", re.IGNORECASE)).fill(OFFICER["username"])
        page.get_by_label(re.compile("password", re.IGNORECASE)).fill(OFFICER["password"])
        page.get_by_role("button", name=re.compile("sign in", re.IGNORECASE)).click()
        page.wait_for_url(re.compile(r"/admin/$"))

        page.goto(f"/admin/pages/{about.pk}/edit/")
        page.locator("#id_title").fill("About VET-WEB, previewed")
        page.locator("[data-side-panel-toggle='preview']").first.click()
        preview = page.frame_locator("#w-preview-iframe")
        heading = preview.get_by_role("heading", level=1)
        heading.wait_for(timeout=20_000)
        assert heading.inner_text() == "About VET-WEB, previewed"
        guard.check()
    finally:
        with unblocked_db():
            get_user_model().objects.filter(username=OFFICER["username"]).delete()
