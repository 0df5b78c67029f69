"""CONTRIBUTING's walk works as written on a fresh clone: every file, folder, symbol, make target,
management command and tool it names exists, and the README answers a newcomer's four questions
(where to add a page type, a facet, a language, a form) each with one link into it."""

import re

import pytest

from django.core.management import get_commands

from .markdown import ROOT, anchors, code_spans, fenced_lines, links, sections

CONTRIBUTING = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
PLACEHOLDER = re.compile(r"<[^>]+>")
PATH = re.compile(r"^\.?[\w.-]+(/[\w.*-]*)+$|^[\w-]+\.(py|md|toml|txt|ini|yaml|cfg)$")
WALKS = ["Add a page type", "Add a library facet", "Add a language", "Add a public form"]


def commands(text):
    """Every command line in code spans and fenced blocks, comments dropped."""
    return [line.split("#")[0].strip() for line in code_spans(text) + fenced_lines(text)]


def named_paths(text):
    return sorted({span for span in code_spans(text) if PATH.match(span) and not span.startswith("/")})


def exists(path):
    """A file or folder of the repository, or at least one match of a pattern (`*.toml`)."""
    return any(ROOT.glob(path)) if "*" in path else (ROOT / path).exists()


@pytest.mark.parametrize("path", named_paths(CONTRIBUTING))
def test_every_file_and_folder_contributing_names_exists(path):
    assert exists(path), f"CONTRIBUTING.md names {path}, which does not exist"


def symbols_named_with_their_file(text):
    """(symbol, file) where the text says "`file` `Symbol`" or "`Symbol` from/in `file`"."""
    span = r"`([^`]+)`"
    pairs = re.findall(span + r"\s+" + span, text) + [
        (path, symbol) for symbol, path in re.findall(span + r"\s+(?:from|in)\s+" + span, text)
    ]
    found = set()
    for path, symbol in pairs:
        name = re.match(r"[A-Za-z_]\w*", symbol)
        if PATH.match(path) and path.endswith(".py") and name:
            found.add((name.group(0), path))
    return sorted(found)


@pytest.mark.parametrize(("symbol", "path"), symbols_named_with_their_file(CONTRIBUTING))
def test_every_symbol_named_beside_its_file_is_in_that_file(symbol, path):
    assert re.search(rf"\b{symbol}\b", (ROOT / path).read_text(encoding="utf-8")), (
        f"CONTRIBUTING.md says {path} holds {symbol}; it does not"
    )


def make_targets():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][\w-]*):", makefile, re.M))


def named(pattern, texts):
    return sorted({found for text in texts for line in commands(text) for found in re.findall(pattern, line)})


DOCUMENTS = [
    README,
    CONTRIBUTING,
    *(path.read_text(encoding="utf-8") for path in (ROOT / "docs").rglob("*.md")),
]


@pytest.mark.parametrize("target", named(r"(?:^|\s)make\s+([a-z][\w-]*)", DOCUMENTS))
def test_every_make_target_the_docs_name_exists(target):
    assert target in make_targets(), f"the docs name `make {target}`, which the Makefile lacks"


@pytest.mark.parametrize("command", named(r"manage\.py\s+([a-z][\w-]*)", DOCUMENTS))
def test_every_management_command_the_docs_name_exists(command):
    assert command in get_commands(), f"the docs name `manage.py {command}`, which does not exist"


@pytest.mark.parametrize("tool", named(r"\.venv/bin/([\w-]+)", [README, CONTRIBUTING]))
def test_every_tool_the_walk_runs_is_pinned(tool):
    pinned = (ROOT / "requirements.txt").read_text() + (ROOT / "requirements-dev.txt").read_text()
    assert tool == "python" or re.search(rf"^{re.escape(tool)}(\[\w+\])?==", pinned, re.M | re.I), (
        f".venv/bin/{tool} is run by CONTRIBUTING.md but pinned in no requirements file"
    )


@pytest.mark.parametrize("walk", WALKS)
def test_each_walk_is_numbered_steps_that_name_real_files(walk):
    body = sections(CONTRIBUTING)[walk]
    steps = re.findall(r"^\d+\. ", body, re.M)
    assert len(steps) >= 3, f"{walk}: expected numbered steps"
    paths = [path for path in named_paths(body) if not PLACEHOLDER.search(path)]
    assert paths and all(exists(path) for path in paths)


@pytest.mark.parametrize(
    ("question", "walk"),
    [
        ("a page type", "Add a page type"),
        ("facet", "Add a library facet"),
        ("a language", "Add a language"),
        ("form", "Add a public form"),
    ],
)
def test_the_readme_answers_each_newcomer_question_with_one_link(question, walk):
    asked = sections(README)["Where do I add…"]
    lines = [line for line in asked.splitlines() if question in line.split("?")[0]]
    assert len(lines) == 1, f"README: no single line asks where to add {question}"
    (text, target), *others = links(lines[0])
    assert not others, f"README: more than one link answers {question}"
    path, _hash, anchor = target.partition("#")
    assert path == "CONTRIBUTING.md" and anchor in anchors(CONTRIBUTING)
    assert anchor == re.sub(r"[^\w\- ]", "", walk.lower()).replace(" ", "-")
