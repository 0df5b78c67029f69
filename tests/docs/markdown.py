"""Reading the project's Markdown the way GitHub renders it: links, headings and their anchors,
with code blocks and code spans left out (a link inside code is not a link)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.M | re.S)
CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
LINK = re.compile(r"(?<!\!)\[(?P<text>[^\]]*)\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", re.M)


def documents():
    """README, CONTRIBUTING, CHANGELOG and every page under docs/."""
    top = [ROOT / name for name in ("README.md", "CONTRIBUTING.md", "CHANGELOG.md")]
    return [path for path in top if path.exists()] + sorted((ROOT / "docs").rglob("*.md"))


def prose(text):
    """The text without fenced code blocks and code spans."""
    return CODE_SPAN.sub("", FENCE.sub("", text))


def links(text):
    """(text, target) of every inline link outside code."""
    return [(found["text"], found["target"]) for found in LINK.finditer(prose(text))]


def code_spans(text):
    """Every code span's content, in order (fenced blocks left out)."""
    return [found.group(2).strip() for found in CODE_SPAN.finditer(FENCE.sub("", text))]


def fenced_lines(text):
    """The lines of every fenced code block."""
    return [line for block in FENCE.finditer(text) for line in block.group(0).splitlines()[1:-1]]


def slug(heading):
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = CODE_SPAN.sub(lambda found: found.group(2), heading)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # a link in a heading keeps its text
    text = re.sub(r"[^\w\- ]", "", text.lower())
    return text.replace(" ", "-")


def anchors(text):
    """Every anchor the headings of a page give, duplicates numbered as GitHub does."""
    seen, result = {}, set()
    for heading in HEADING.findall(FENCE.sub("", text)):
        base = slug(heading)
        count = seen.get(base, 0)
        result.add(base if count == 0 else f"{base}-{count}")
        seen[base] = count + 1
    return result


def sections(text):
    """{heading: the text under it, up to the next heading of any level}."""
    text = FENCE.sub(lambda found: found.group(0).replace("#", "\\#"), text)
    parts = re.split(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", text, flags=re.M)
    return {parts[index]: parts[index + 1] for index in range(1, len(parts) - 1, 2)}
