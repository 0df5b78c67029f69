"""Every interface string is translated into every site language: no missing, empty or fuzzy entries."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from django.conf import settings

from tests.site_languages import translated_languages

PROJECT = Path(settings.BASE_DIR)
TRANSLATED = translated_languages()
SKIP_DIRS = {".venv", ".git", "media", "static", "node_modules", ".pytest_cache", ".ruff_cache", "tests"}


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory):
    """Re-extract the strings from a copy of the code, merged into a copy of our catalogues."""
    copy = tmp_path_factory.mktemp("project")
    for item in PROJECT.iterdir():
        if item.name in SKIP_DIRS or item.name.endswith(".sqlite3"):
            continue
        if item.is_dir():
            shutil.copytree(item, copy / item.name, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
        else:
            shutil.copy2(item, copy / item.name)
    command = [sys.executable, "manage.py", "makemessages", "--no-location", "--no-obsolete"]
    command += [f"--locale={code}" for code in TRANSLATED]
    subprocess.run(command, cwd=copy, check=True, capture_output=True)
    return {
        code: polib.pofile(str(copy / "locale" / code / "LC_MESSAGES" / "django.po")) for code in TRANSLATED
    }


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalogue_translates_every_string_used_in_code_and_templates(fresh_catalogues, code):
    catalogue = fresh_catalogues[code]
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [], f"{code}: strings without a translation"
    assert fuzzy == [], f"{code}: fuzzy (unchecked) translations"


@pytest.mark.parametrize("code", TRANSLATED)
def test_committed_catalogue_has_no_fuzzy_or_english_copies(code):
    catalogue = polib.pofile(str(PROJECT / "locale" / code / "LC_MESSAGES" / "django.po"))
    assert not catalogue.fuzzy_entries()
    # Short words and proper names may legitimately stay the same; sentences may not.
    copies = [
        e.msgid for e in catalogue.translated_entries() if e.msgstr == e.msgid and len(e.msgid.split()) > 2
    ]
    assert copies == []
