"""Template helpers for the home app's listings."""

from django import template

register = template.Library()


@register.simple_tag
def topics_of(news_page, labels):
    """(slug, label) pairs of a news page's tags, labelled with the listing's topic labels."""
    return news_page.topics(labels or {})
