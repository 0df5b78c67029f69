"""The mobility stories on other pages: the latest ones on the home page."""

from django import template

from core.pages import section_page
from core.translation_state import expect_readings
from mobility.models import MobilityIndexPage

register = template.Library()


@register.simple_tag
def latest_mobilities(limit=3):
    """The latest stories of the visitor's language, newest first, and the stories page, for
    mobility/includes/latest_mobilities.html (`{% latest_mobilities as latest %}`)."""
    index_page = section_page(MobilityIndexPage)
    if index_page is None:
        return {"index_page": None}
    stories = list(index_page.stories().order_by("-start_date", "-pk")[:limit])
    expect_readings(stories)  # which read in English: with the page's other cards
    return {"index_page": index_page, "stories": stories}
