"""Calendar links for the events pages."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def webcal_url(context, url):
    """The calendar feed as a webcal:// address, which calendar apps open as a subscription."""
    absolute = context["request"].build_absolute_uri(url)
    return "webcal://" + absolute.split("://", 1)[1]
