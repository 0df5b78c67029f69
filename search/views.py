"""Site search in the visitor's language."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def normalise_query(raw):
    """Trim, drop control characters and cap the query, so any input gives a normal page."""
    cleaned = "".join(ch for ch in (raw or "") if ch.isprintable())
    if cleaned.count('"') % 2:  # an unclosed phrase quote breaks SQLite's full-text syntax
        cleaned = cleaned.replace('"', " ")
    return " ".join(cleaned.split())[:MAX_QUERY_LENGTH]


def search(request):
    query = normalise_query(request.GET.get("q"))
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "page_obj": page_obj,
            "query_prefix": f"{urlencode({'q': query})}&" if query else "",
        },
    )
