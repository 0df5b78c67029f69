"""The editors' guide (docs/editors.md) in the admin: a help panel on the dashboard and a page.

The guide is plain Markdown with headings, lists, paragraphs, `code` and **bold** only, so a few
lines turn it into HTML without a Markdown package; everything is escaped first.
"""

import re
from pathlib import Path

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

GUIDE = Path(settings.BASE_DIR) / "docs" / "editors.md"


def inline(text):
    text = escape(text)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", text)
    return re.sub(r"\*([^*]+)\*", r"<em>\1</em>", text)


def guide_html(markdown):
    """The guide's Markdown subset as HTML (headings start at h2: the admin page has the h1)."""
    html, block, kind = [], [], None

    def flush():
        nonlocal block, kind
        if block:
            if kind == "p":
                html.append(f"<p>{inline(' '.join(block))}</p>")
            else:
                items = "".join(f"<li>{inline(item)}</li>" for item in block)
                html.append(f"<{kind}>{items}</{kind}>")
        block, kind = [], None

    for line in markdown.splitlines():
        heading = re.match(r"(#+) (.*)", line)
        item = re.match(r"(-|\d+\.) (.*)", line)
        if heading:
            flush()
            if len(heading.group(1)) > 1:  # the document's own title is the page's h1
                level = len(heading.group(1))
                html.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif item:
            list_kind = "ul" if item.group(1) == "-" else "ol"
            if kind != list_kind:
                flush()
                kind = list_kind
            block.append(item.group(2))
        elif not line.strip():
            flush()
        elif kind in ("ul", "ol") and line.startswith("  "):
            block[-1] += " " + line.strip()
        else:
            if kind != "p":
                flush()
                kind = "p"
            block.append(line.strip())
    flush()
    return mark_safe("\n".join(html))  # noqa: S308 (every piece of text escaped by inline())


def guide_view(request):
    return TemplateResponse(
        request,
        "editorial/guide.html",
        {
            "page_title": _("An editor's day"),
            "header_icon": "help",
            "guide": guide_html(GUIDE.read_text(encoding="utf-8")),
        },
    )


class HelpPanel(Component):
    """Dashboard panel: where the editors' guide is, for every role."""

    name = "editors_help"
    template_name = "editorial/help_panel.html"
    order = 400

    def get_context_data(self, parent_context):
        return {"request": parent_context["request"]}
