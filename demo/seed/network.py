"""The network directory page and its members (network.NetworkMember), translated like the others."""

from django.core.management import call_command

from home.models import HomePage
from network.models import NetworkDirectoryPage, NetworkMember

from .. import data
from ..engine import ensure_page, ensure_snippet, source_locale, translate_missing


def seed_network(log):
    content = data.content("network")
    home = HomePage.objects.get(locale=source_locale(), depth=2)
    page, _created = ensure_page(home, NetworkDirectoryPage, **content["page"], show_in_menus=True)
    real_names = {spec["name"] for spec in content["members"] if spec.get("real")}
    members = []
    for spec in content["members"]:
        fields = {key: value for key, value in spec.items() if key not in ("name", "real")}
        member, _created = ensure_snippet(
            NetworkMember, {"name": spec["name"], "locale": source_locale()}, live=True, **fields
        )
        members.append(member)
    call_command("sync_locale_trees")
    translate_missing(page, log)
    for member in members:
        translate_missing(member, log, untranslated=real_names)
    return page
