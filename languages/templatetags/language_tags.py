"""Template helpers that tell what language a page's or entry's text really is in."""

from django import template
from django.conf import settings
from django.utils.html import format_html, format_html_join

from core.translation_state import reading_of

register = template.Library()


@register.filter
def reading(obj):
    """The object's Reading (core/translation_state.py): state, language, percent translated."""
    return reading_of(obj)


@register.simple_tag(takes_context=True)
def include_stream(context, stream, owner):
    """Render a StreamField like include_block, marking blocks still in the source language with
    their real `lang` (partly translated pages: the rest is shown in English)."""
    state = reading_of(owner)
    untranslated = state.untranslated_blocks if state.is_translation else frozenset()
    flat = context.flatten()
    parts = []
    for child in stream:
        html = child.render_as_block(flat)
        if child.id in untranslated:
            html = format_html('<div lang="{}">{}</div>', settings.LANGUAGE_CODE, html)
        parts.append((html,))
    return format_html_join("", "{}", parts)


@register.simple_tag
def field_lang(owner, field_name):
    """` lang="en"` where this field of a partly translated object is still untranslated."""
    state = reading_of(owner)
    if state.is_translation and field_name in state.untranslated_paths:
        return format_html(' lang="{}"', settings.LANGUAGE_CODE)
    return ""
