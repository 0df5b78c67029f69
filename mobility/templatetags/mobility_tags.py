"""The mobility stories on other pages: the latest ones on the home page."""

from django import template

from core.pages import section_page
from core.translation_state import readings
from mobility.models import MobilityIndexPage

register = template.Library()


@register.inclusion_tag("mobility/includes/latest_mobilities.html", takes_context=True)
def latest_mobilities(context, limit=3):
    """The latest stories of the visitor's language, newest first, with a link to all of them."""
    index_page = section_page(MobilityIndexPage)
    if index_page is None:
        return {"index_page": None}
    stories = list(index_page.stories().order_by("-start_date", "-pk")[:limit])
    readings(stories)  # which read in English, in one go
    return {"request": context.get("request"), "index_page": index_page, "stories": stories}
