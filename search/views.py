"""Site search in the visitor's language."""

from urllib.parse import urlencode

from django.conf import settings
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from core.locales import active_locale
from visitors.counting import is_countable

from .filters import SearchFilters
from .kinds import KINDS
from .models import SearchQueryLog
from .results import count_in_source_language, library_page, run_search


def search(request):
    """One search over pages and library entries of the active language, grouped or by `?kind=`."""
    locale = active_locale()
    kinds = KINDS
    filters = SearchFilters.from_query(request.GET, kinds=kinds)
    query, selected = filters.query, filters.kind
    context = {
        "filters": filters,
        "search_query": query,
        "kinds": kinds,
        "selected_kind": selected,
        "library_page": library_page(locale),
    }
    if query:
        outcome = run_search(request, query, locale, kinds, selected, request.GET.get("page"))
        context["outcome"] = outcome
        if not outcome.total and context["library_page"] is not None:
            context["framework_shortcuts"] = context["library_page"].framework_shortcuts(request)
        if not outcome.total and not outcome.promoted and locale.language_code != settings.LANGUAGE_CODE:
            context["source_count"] = count_in_source_language(query, kinds, locale)
            with translation.override(settings.LANGUAGE_CODE):
                context["source_search_url"] = f"{reverse('search')}?{urlencode({'q': query})}"
        if selected is None and "page" not in request.GET and is_countable(request):
            SearchQueryLog.record(locale.language_code, query, outcome.total)
        context["page_obj"] = outcome.page_obj
        context["query_prefix"] = filters.query_prefix()
    response = TemplateResponse(request, "search/search.html", context)
    # Never kept by the page cache or the edge: each search is counted where it runs.
    add_never_cache_headers(response)
    return response
