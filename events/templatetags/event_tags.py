"""The events app's components for other pages, and calendar links."""

from django import template
from django.conf import settings
from django.utils import timezone

from core.pages import section_page
from core.translation_state import readings
from events.models import EventIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def webcal_url(context, url):
    """The calendar feed as a webcal:// address, which calendar apps open as a subscription."""
    absolute = context["request"].build_absolute_uri(url)
    return "webcal://" + absolute.split("://", 1)[1]


@register.inclusion_tag("events/includes/upcoming_events.html", takes_context=True)
def upcoming_events(context, limit=3):
    """The next events of the visitor's language, soonest first, with a link to all events."""
    index_page = section_page(EventIndexPage)
    if index_page is None:
        return {"index_page": None}
    events = list(index_page.events().filter(end__gte=timezone.now()).order_by("start", "pk")[:limit])
    readings(events)  # which cards read in English, in one go
    return {
        "request": context["request"],
        "index_page": index_page,
        "events": events,
        "source_language": settings.LANGUAGE_CODE,
    }
