"""The decision records say what the code does. 0004: public pages carry no JavaScript (the only
<script> elements are JSON-LD data, which browsers do not run); every record has its four parts."""

import re

import pytest

from .markdown import ROOT, sections

SCRIPT = re.compile(r"<script\b([^>]*)>", re.I)
DATA_ONLY = re.compile(r"""type\s*=\s*["']application/ld\+json["']""", re.I)
RECORDS = sorted((ROOT / "docs" / "decisions").glob("[0-9][0-9][0-9][0-9]-*.md"))


def public_templates():
    """Every template of the site's apps, but Wagtail admin overrides (the admin needs scripts)."""
    for path in sorted(ROOT.glob("*/templates/**/*.html")):
        if not any(part.startswith("wagtail") for part in path.relative_to(ROOT).parts[2:]):
            yield path


def test_no_template_of_the_public_site_holds_a_script():
    scripts = [
        f"{path.relative_to(ROOT)}: <script{attributes}>"
        for path in public_templates()
        for attributes in SCRIPT.findall(path.read_text(encoding="utf-8"))
        if not DATA_ONLY.search(attributes)
    ]
    assert not scripts, f"decision 0004 (no JavaScript on public pages) is broken by {scripts}"


def test_no_javascript_file_is_served():
    shipped = [path.relative_to(ROOT) for path in ROOT.glob("*/static/**/*.js")]
    assert not shipped, f"decision 0004 (no JavaScript on public pages) is broken by {shipped}"


def test_the_script_check_tells_data_from_code():
    found = SCRIPT.findall('<script type="application/ld+json">{}</script><script src="/a.js"></script>')
    assert [bool(DATA_ONLY.search(attributes)) for attributes in found] == [True, False]


@pytest.mark.parametrize("record", RECORDS, ids=lambda path: path.name)
def test_a_decision_record_has_context_decision_consequences_and_date(record):
    parts = sections(record.read_text(encoding="utf-8"))
    assert {"Context", "Decision", "Consequences", "Date"} <= set(parts)
    assert re.search(r"\d{4}-\d{2}-\d{2}", parts["Date"])
