"""The one declaration of what each editorial role may do, action by action and language by language.

docs/roles.md's roles table is generated from it (`manage.py roles_table`; a test fails when they differ)
and the role tests are parametrised from it, so documentation, tests and behaviour cannot drift.
"""

from dataclasses import dataclass

from django.conf import settings

from .setup import COMMUNICATION_OFFICERS, COORDINATORS, TRANSLATORS, translation_languages

EVERY = "every language"
SOURCE = "the source (English)"
OWN = "their own language"
NOWHERE = "no"
YES = "yes"  # actions that are not about one language (reports)

ALL_LANGUAGES = "all"  # the action applies to every site language
TRANSLATIONS = "translations"  # ... to the translation languages only
SOURCE_ONLY = "source"  # ... to the source language only
NO_LANGUAGE = "none"  # ... to no particular language (one test, language None)


@dataclass(frozen=True)
class Action:
    key: str
    label: str
    applies_to: str


ACTIONS = (
    Action("edit_page", "Edit a page and save a draft", ALL_LANGUAGES),
    Action("publish_page", "Publish a page", ALL_LANGUAGES),
    Action("approve_page", "Approve a page in the Coordinator approval workflow", ALL_LANGUAGES),
    Action("submit_translation", "Send a page or library entry for translation", SOURCE_ONLY),
    Action("sync_publish", "Sync translated pages with *Publish* ticked (otherwise: drafts)", TRANSLATIONS),
    Action("convert_to_alias", "Turn a translation back into an alias of the source", TRANSLATIONS),
    Action(
        "edit_snippet",
        "Edit a library entry, framework, partner, topic or network member (draft)",
        ALL_LANGUAGES,
    ),
    Action(
        "publish_snippet",
        "Publish a library entry, framework, partner, topic or network member",
        ALL_LANGUAGES,
    ),
    Action("approve_snippet", "Approve a library entry in the Coordinator approval workflow", SOURCE_ONLY),
    Action("snippet_history", "Open a library entry's history and usage", ALL_LANGUAGES),
    Action("translation_status", "See a language in *Reports → Translation status*", TRANSLATIONS),
    Action("download_report", "Read *Reports → Resource downloads*", NO_LANGUAGE),
    Action("search_report", "Read *Reports → What trainers search for*", NO_LANGUAGE),
    Action("demand_report", "Read *Reports → Most requested translations*", NO_LANGUAGE),
    Action("moderate_reuse", 'Approve or reject reports of a tool\'s use ("I used this tool")', NO_LANGUAGE),
    Action("export_reuse", "Export the reports of use (CSV, XLSX)", NO_LANGUAGE),
    Action("results_export", "Download *Reports → Project results (Erasmus+)*", NO_LANGUAGE),
    Action("contact_submissions", "Read the messages sent through the contact form (*Forms*)", ALL_LANGUAGES),
    Action("newsletter_export", "List and export the newsletter subscribers", NO_LANGUAGE),
)

OFFICER, COORDINATOR, TRANSLATOR = "officer", "coordinator", "translator"
ROLE_GROUPS = {
    OFFICER: COMMUNICATION_OFFICERS,
    COORDINATOR: COORDINATORS,
    TRANSLATOR: TRANSLATORS.format(code=", ".join(translation_languages())),
}
GRANTS = {
    OFFICER: {
        "edit_page": EVERY,
        "submit_translation": SOURCE,
        "edit_snippet": EVERY,
        "snippet_history": EVERY,
        "translation_status": EVERY,
        "download_report": YES,
        "search_report": YES,
        "demand_report": YES,
        "moderate_reuse": YES,
        "export_reuse": YES,
        "results_export": YES,
        "contact_submissions": EVERY,
        "newsletter_export": YES,
    },
    COORDINATOR: {
        "edit_page": EVERY,
        "publish_page": EVERY,
        "approve_page": EVERY,
        "submit_translation": SOURCE,
        "sync_publish": EVERY,
        "convert_to_alias": EVERY,
        "edit_snippet": EVERY,
        "publish_snippet": EVERY,
        "approve_snippet": EVERY,
        "snippet_history": EVERY,
        "translation_status": EVERY,
        "download_report": YES,
        "search_report": YES,
        "demand_report": YES,
        "moderate_reuse": YES,
        "export_reuse": YES,
        "results_export": YES,
        "contact_submissions": EVERY,
        "newsletter_export": YES,
    },
    TRANSLATOR: {
        "edit_page": OWN,
        "publish_page": OWN,
        "convert_to_alias": OWN,
        "edit_snippet": OWN,
        "publish_snippet": OWN,
        "snippet_history": OWN,
        "translation_status": OWN,
    },
}


def source_language():
    return settings.LANGUAGE_CODE


def site_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def languages_of(action):
    """The languages an action is tried in (None: an action about no one language)."""
    if action.applies_to == NO_LANGUAGE:
        return [None]
    if action.applies_to == SOURCE_ONLY:
        return [source_language()]
    if action.applies_to == TRANSLATIONS:
        return [code for code in site_languages() if code != source_language()]
    return site_languages()


def allowed(role, action_key, language, own_language=None):
    """Whether `role` (a translator of `own_language`) may do the action in `language`."""
    scope = GRANTS[role].get(action_key, NOWHERE)
    if scope in (EVERY, YES):
        return True
    if scope == SOURCE:
        return language == source_language()
    if scope == OWN:
        return language is not None and language == own_language
    return False


def cases():
    """(role, own language, action, language, allowed) for every user the tests sign in as."""
    users = [(OFFICER, None), (COORDINATOR, None)]
    users += [(TRANSLATOR, code) for code in site_languages() if code != source_language()]
    for role, own in users:
        for action in ACTIONS:
            for language in languages_of(action):
                yield role, own, action.key, language, allowed(role, action.key, language, own)


def markdown_table():
    """docs/roles.md's roles table: one row per action, one column per role."""
    roles = [OFFICER, COORDINATOR, TRANSLATOR]
    lines = [
        "| action | " + " | ".join(ROLE_GROUPS[role] for role in roles) + " |",
        "|---|" + "---|" * len(roles),
    ]
    for action in ACTIONS:
        cells = [GRANTS[role].get(action.key, NOWHERE) for role in roles]
        lines.append(f"| {action.label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
