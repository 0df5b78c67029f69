"""Site search in the visitor's language."""

from urllib.parse import urlencode

from django.conf import settings
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

from ops.visitors import is_countable

from .kinds import available_kinds
from .models import SearchQueryLog
from .results import count_in_source_language, library_page, run_search

MAX_QUERY_LENGTH = 200


def normalise_query(raw):
    """Trim, drop control characters and cap the query, so any input gives a normal page."""
    cleaned = "".join(ch for ch in (raw or "") if ch.isprintable())
    if cleaned.count('"') % 2:  # an unclosed phrase quote breaks SQLite's full-text syntax
        cleaned = cleaned.replace('"', " ")
    return " ".join(cleaned.split())[:MAX_QUERY_LENGTH]


def search(request):
    """One search over pages and library entries of the active language, grouped or by `?kind=`."""
    query = normalise_query(request.GET.get("q"))
    locale = Locale.get_active()
    kinds = available_kinds()
    selected = next((kind for kind in kinds if kind.key == request.GET.get("kind")), None)
    context = {
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
            context["source_count"] = count_in_source_language(query, kinds)
            with translation.override(settings.LANGUAGE_CODE):
                context["source_search_url"] = f"{reverse('search')}?{urlencode({'q': query})}"
        if selected is None and "page" not in request.GET and is_countable(request):
            SearchQueryLog.record(locale.language_code, query, outcome.total)
        params = {"q": query, **({"kind": selected.key} if selected else {})}
        context["page_obj"] = outcome.page_obj
        context["query_prefix"] = f"{urlencode(params)}&"
    return TemplateResponse(request, "search/search.html", context)
