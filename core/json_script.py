"""JSON to embed in HTML pages (schema.org data in <script type="application/ld+json">)."""

import json

from django.utils.safestring import mark_safe


def json_for_script(data):
    """JSON that is safe inside <script>: no '</script>' or HTML comment can close or confuse it."""
    text = json.dumps(data, ensure_ascii=False)
    return mark_safe(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))  # noqa: S308
