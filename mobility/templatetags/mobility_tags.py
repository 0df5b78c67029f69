"""The mobility stories on other pages: the latest ones on the home page."""

from django import template

from wagtail.models import Locale

from core.translation_state import readings
from mobility.models import MobilityIndexPage
from ops.content_cache import per_generation

register = template.Library()


@register.inclusion_tag("mobility/includes/latest_mobilities.html")
def latest_mobilities(limit=3):
    """The latest stories of the visitor's language, newest first, with a link to all of them; kept
    per content generation, as the home page's other sections are."""

    def latest():
        index_page = (
            MobilityIndexPage.objects.live().filter(locale=Locale.get_active()).order_by("path").first()
        )
        if index_page is None:
            return {"index_page": None}
        stories = list(index_page.stories().order_by("-start_date", "-pk")[:limit])
        readings(stories)  # remembered on each story, so kept with it
        return {"index_page": index_page, "stories": stories}

    return per_generation("latest-mobilities", latest, limit)
