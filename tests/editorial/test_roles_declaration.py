"""docs/roles.md's roles table is the one editorial/roles.py declares; the setup empties Wagtail's groups."""

import re
from pathlib import Path

import pytest

from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission, Page

from editorial.roles import markdown_table
from editorial.setup import ensure_editorial_setup
from tests.workflow.conftest import make_user

ROLES_DOC = Path(__file__).resolve().parents[2] / "docs" / "roles.md"


def test_documented_roles_table_is_the_declared_one():
    text = ROLES_DOC.read_text(encoding="utf-8")
    found = re.search(r"<!-- roles-table:start -->\n(.*?)\n<!-- roles-table:end -->", text, re.S)
    assert found, "docs/roles.md lost its roles-table markers"
    assert found.group(1) == markdown_table(), (
        "docs/roles.md differs from editorial/roles.py: run manage.py roles_table"
    )


@pytest.mark.django_db
def test_wagtail_default_groups_lose_their_permissions_and_go_when_empty():
    moderators, _created = Group.objects.get_or_create(name="Moderators")
    editors, _created = Group.objects.get_or_create(name="Editors")
    moderators.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.get_or_create(
        group=moderators,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(codename="publish_page"),
    )
    member = make_user("still-a-moderator", "Moderators")

    ensure_editorial_setup()
    ensure_editorial_setup()  # idempotent

    moderators.refresh_from_db()
    assert not moderators.permissions.exists()
    assert not GroupPagePermission.objects.filter(group=moderators).exists()
    assert not Group.objects.filter(name="Editors").exists()
    member = type(member).objects.get(pk=member.pk)
    assert not member.has_perm("wagtailadmin.access_admin")
    assert not Page.get_first_root_node().get_children().first().permissions_for_user(member).can_publish()
