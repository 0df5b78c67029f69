"""The events app's components for other pages, and calendar links."""

from django import template
from django.conf import settings
from django.utils import timezone

from core.pages import section_page
from core.translation_state import expect_readings
from events.models import EventIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def webcal_url(context, url):
    """The calendar feed as a webcal:// address, which calendar apps open as a subscription."""
    absolute = context["request"].build_absolute_uri(url)
    return "webcal://" + absolute.split("://", 1)[1]


@register.simple_tag
def upcoming_events(limit=3):
    """The next events of the visitor's language, soonest first, and the events page, for
    events/includes/upcoming_events.html (`{% upcoming_events as upcoming %}`: take the other
    pieces of a page before showing any, so their readings are decided together)."""
    index_page = section_page(EventIndexPage)
    if index_page is None:
        return {"index_page": None}
    events = list(index_page.events().filter(end__gte=timezone.now()).order_by("start", "pk")[:limit])
    expect_readings(events)  # which cards read in English: with the page's other cards
    return {"index_page": index_page, "events": events, "source_language": settings.LANGUAGE_CODE}
