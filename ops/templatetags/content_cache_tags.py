"""Template tags for what is kept per content generation (ops.content_cache).

`{% content_generation as generation %}`: the content generation (ops.page_cache), to key
`{% cache %}` fragments so that they are dropped by the same edits as cached pages.

`{% kept_per_generation "name" part ... %}…{% end_kept_per_generation %}`: the rendered block,
kept for this content generation, language and host, and for its parts. A part that is a list or
page of model instances counts by their ids (the cards shown), so a listing reuses its fragment on
every URL that shows the same items. Only what is the same for every visitor belongs inside: no
CSRF token, nothing about the signed-in user, nothing that depends on the time of day. Previews
render afresh.
"""

from django import template
from django.db.models import Model
from django.utils.safestring import mark_safe

from ops.content_cache import per_generation
from ops.page_cache import generation

register = template.Library()


@register.simple_tag
def content_generation():
    try:
        return generation()
    except Exception:  # an unreachable cache: a key that matches nothing stored
        return "unavailable"


def _key_part(value):
    if hasattr(value, "kept_key"):  # cards not fetched yet (core.listing.Cards)
        return value.kept_key()
    if isinstance(value, Model):
        return f"{value._meta.label}:{value.pk}"
    if isinstance(value, (str, int, float, type(None))):
        return str(value)
    try:
        items = list(value)
    except TypeError:
        return str(value)
    return "[" + ",".join(_key_part(item) for item in items) + "]"


class KeptPerGenerationNode(template.Node):
    def __init__(self, name, parts, nodelist):
        self.name, self.parts, self.nodelist = name, parts, nodelist

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        parts = [_key_part(part.resolve(context)) for part in self.parts]
        name = self.name.resolve(context)
        return mark_safe(  # noqa: S308 - the block's own rendering, escaped by the template
            per_generation(
                f"fragment:{name}", lambda: str(self.nodelist.render(context)), *parts, request=request
            )
        )


@register.tag
def kept_per_generation(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("kept_per_generation needs a fragment name")
    nodelist = parser.parse(("end_kept_per_generation",))
    parser.delete_first_token()
    return KeptPerGenerationNode(
        parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]], nodelist
    )
