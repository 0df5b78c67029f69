"""A translator works in their own language: the admin screens of their journey show no English
interface string in Albanian, Montenegrin or Italian (issue 27, item 9): dashboard, translation
status, guide, account, the library listing, the translation editor of a page and of a library
entry (its JavaScript catalogue included), and the messages of a refusal and of publishing.

English is recognised exactly: a text on the screen (or in a label, title or placeholder) that is
an English message of Wagtail, wagtail-localize or this project (their msgids) and not that
message's translation. Content (page titles, the English guide) is not interface: it is marked
`lang="en"` and skipped. Hidden parts count (filters, tabs and menus open with a click).
"""

import html
import json
import re
import zoneinfo
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.urls import reverse
from django.utils import translation

import wagtail
import wagtail_localize
from wagtail.models import Page
from wagtail.users.models import UserProfile

from editorial.roles import TRANSLATOR
from tests.editorial.conftest import library_entry, user_for

pytestmark = pytest.mark.django_db

CATALOGUES = [
    *sorted(Path(wagtail.__file__).parent.glob("*/locale/it/LC_MESSAGES/django.po")),
    *sorted(Path(wagtail.__file__).parent.glob("*/*/locale/it/LC_MESSAGES/django.po")),
    *sorted(Path(wagtail_localize.__file__).parent.glob("**/locale/it/LC_MESSAGES/django.po")),
    Path(settings.BASE_DIR) / "locale" / "it" / "LC_MESSAGES" / "django.po",
]


def english_messages():
    """Every whole English message; never a language's own name ("English" names English in
    every admin language) or a time zone ("Portugal")."""
    messages = set()
    for path in CATALOGUES:
        for entry in polib.pofile(str(path)):
            for msgid in (entry.msgid, entry.msgid_plural):
                # Only whole, plain messages can be recognised on a screen.
                if msgid and "%" not in msgid and "{" not in msgid and re.search(r"[a-z]{3}", msgid):
                    messages.add(" ".join(msgid.split()))
    return messages - {name for _code, name in settings.LANGUAGES} - zoneinfo.available_timezones()


class ScreenText(HTMLParser):
    """The text a user reads: text nodes and labels, titles and placeholders, outside scripts,
    styles and lang="en"; hidden parts too, but not a counter a script fills in."""

    SKIPPED = {"script", "style", "template", "noscript"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
    READ_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")

    def __init__(self):
        super().__init__()
        self.stack, self.texts = [], []

    def skipping(self):
        return any(skip for _tag, skip in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        skip = tag in self.SKIPPED or attrs.get("lang") == "en" or "data-side-panel-toggle-counter" in attrs
        if not skip and not self.skipping():
            self.texts.extend(attrs[name] for name in self.READ_ATTRIBUTES if attrs.get(name))
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


JOURNEY = [
    "wagtailadmin_home",
    "translation_status",
    "editors_guide",
    "wagtailadmin_account",
    "wagtailsnippets_resources_resource:list",
]
LANGUAGES = ["sq", "cnr", "it"]


def written_the_same(language):
    """Messages translated on purpose with the same word ("Video", "Slug"; Italian "Email"), in our
    catalogue or, for Italian, in Wagtail's and wagtail-localize's."""
    paths = [Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"]
    if language == "it":
        paths += CATALOGUES
    return {entry.msgid for path in paths for entry in polib.pofile(str(path)) if entry.msgstr == entry.msgid}


def signed_in_translator(client, language):
    translator = user_for(TRANSLATOR, language)
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = language
    profile.save()
    client.force_login(translator)
    return translator


def english_checker(language):
    """english(html) -> the English interface messages on that screen, for an admin in `language`."""
    messages = english_messages()
    with translation.override(language):
        # Words that read the same in both languages (a name, "OK") are not English on the screen.
        translated = {message: " ".join(translation.gettext(message).split()) for message in messages}
    own = {text for message, text in translated.items() if text != message} | written_the_same(language)
    return lambda html: [text for text in english_on(html, messages) if text not in own]


def translated_page(language):
    """A page of the demo translated into `language` (not an alias copy)."""
    return Page.objects.filter(locale__language_code=language, depth=3, alias_of__isnull=True).first()


def editor_props(html_text):
    """What the translation editor (a React app) draws from its props: tab names and field labels."""
    found = re.search(r'class="js-translation-editor" data-props="([^"]*)"', html_text)
    assert found, "not the translation editor"
    props = json.loads(html.unescape(found.group(1)))
    labels = [tab["label"] for tab in props["tabs"]]
    labels += [segment["location"]["field"] for segment in props["segments"]]
    return "".join(f"<span>{label}</span>" for label in labels)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translators_journey_shows_no_english_interface_string(client, language, home_pages):
    signed_in_translator(client, language)
    english = english_checker(language)
    screens = [reverse(name) for name in JOURNEY]
    screens += [
        reverse("wagtailadmin_pages:edit", args=[translated_page(language).pk]),
        reverse("wagtailsnippets_resources_resource:edit", args=[library_entry(language).pk]),
    ]

    found = {}
    for url in screens:
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert f'<html lang="{language}"' in page
        if "js-translation-editor" in page:
            page += editor_props(page)
        if english(page):
            found[url] = english(page)
    assert found == {}, json.dumps(found, indent=1)


def javascript_catalogue(client):
    script = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});\n", script, re.DOTALL).group(1))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_editors_own_strings_are_in_the_translators_language(client, language):
    """The editor's buttons and states ("Save", "Translate with …", "Publish in …") come from
    wagtail-localize's JavaScript catalogue, which has no Albanian or Montenegrin: ours is used."""
    signed_in_translator(client, language)
    source = Path(wagtail_localize.__file__).parent / "locale" / "it" / "LC_MESSAGES" / "djangojs.po"
    strings = {entry.msgid for entry in polib.pofile(str(source))}

    catalogue = javascript_catalogue(client)

    untranslated = sorted(
        msgid
        for msgid in strings
        if not catalogue.get(msgid) or catalogue[msgid] == msgid and msgid != "[DELETED]"
    )
    assert untranslated == []


REFUSAL = "Sorry, you do not have permission to access this area."
PUBLISHED = [
    "Published '{object}' in {locale}.",
    "Published '{object}' in {locale} with missing translations - see below.",
]


def said(language, message):
    with translation.override(language):
        text = translation.gettext(message)
    assert text != message, f"{message!r} has no {language} translation"
    return text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refusal_and_a_published_translation_are_told_in_the_translators_language(
    client, language, django_capture_on_commit_callbacks
):
    """Wagtail says "Sorry, you do not have permission" after leaving the view, and
    wagtail-localize says what it published: both in the translator's admin language."""
    signed_in_translator(client, language)
    english_home = Page.objects.get(depth=2, locale__language_code="en")
    english = english_checker(language)

    refused = client.get(reverse("wagtailadmin_pages:edit", args=[english_home.pk]), follow=True)
    page = translated_page(language)
    with django_capture_on_commit_callbacks(execute=True):
        published = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}, follow=True
        )

    assert refused.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert english(refused.content.decode()) == []
    assert html.escape(said(language, REFUSAL)) in refused.content.decode()
    assert published.status_code == 200
    assert english(published.content.decode()) == []
    page = Page.objects.get(pk=page.pk)
    names = {"object": page.title, "locale": page.locale.get_display_name()}
    assert any(
        html.escape(said(language, message).format(**names)) in published.content.decode()
        for message in PUBLISHED
    )
