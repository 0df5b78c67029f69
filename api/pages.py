"""/api/v2/pages/: live, public pages with each page type's own fields (`api_fields` on the models),
searched like the site search, with JSON errors for bad input and `find/?html_path=/<lang>/...`.

Pages a visitor would read in English under another language (untranslated copies) are left out,
as in the sitemap, feeds and search: the API never labels English text Albanian. Finding such a
page by its path leads to the English original, which is what the site shows there."""

from django.conf import settings
from django.db.models import Subquery
from django.http import Http404
from django.shortcuts import redirect

from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Locale, Page

from core.public_origin import absolute
from core.sites import site_for
from core.translation_state import not_translated
from search.engine import analyse, find, with_word_starts
from search.kinds import RankedHits

from .base import JSONErrorsMixin, requested_locale
from .serializers import PublicPageSerializer

SEARCH_OPERATORS = ("and", "or")
MAX_SEARCH_LENGTH = 200


def search_words(request):
    """?search= analysed like the site search's query (search.engine.analyse), in the language of
    ?locale= (or the source language), with the locales it searches."""
    raw = request.GET["search"]
    if len(raw) > MAX_SEARCH_LENGTH:
        raise BadRequestError(f"search cannot be longer than {MAX_SEARCH_LENGTH} characters")
    locale = requested_locale(request)
    if locale is not None:
        return analyse(raw, locale.language_code), [locale.pk]
    return analyse(raw, settings.LANGUAGE_CODE), list(Locale.objects.values_list("pk", flat=True))


class LocaleFilter:
    """?locale=: one of the site's languages; anything else is a 400 naming them."""

    def filter_queryset(self, request, queryset, view):
        locale = requested_locale(request)
        return queryset if locale is None else queryset.filter(locale=locale)


class FoldedSearchFilter:
    """?search= as the site search reads it: any word order, any form of a word, folded
    (diacritics, đ, scripts). ?search_operator=and (the default) lists pages with every word, "or"
    pages with any, those with most words first."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        operator = request.GET.get("search_operator", "and")
        if operator not in SEARCH_OPERATORS:
            raise BadRequestError(f"search_operator must be one of {', '.join(SEARCH_OPERATORS)}")
        words, locale_ids = search_words(request)
        if not words:
            return queryset.none()
        return found_pages(queryset, words, locale_ids, operator, ranked="order" not in request.GET)


def found_pages(queryset, words, locale_ids, operator, ranked):
    """The pages a search found, in order, for the API's pagination: counted, and fetched only for
    the slice shown (search.kinds.RankedHits)."""
    words = with_word_starts(words, locale_ids)
    ids = find(words, [queryset.model], locale_ids, queryset, every_word=operator == "and").ids
    if not ranked:  # ?order=: the listing's own order
        found = set(ids)
        ids = [pk for pk in queryset.filter(pk__in=ids).values_list("pk", flat=True) if pk in found]
    return RankedHits(ids, lambda shown: queryset.filter(pk__in=shown).in_bulk())


class PublicPagesAPIViewSet(JSONErrorsMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint, hardened and with URLs on the public origin."""

    base_serializer_class = PublicPageSerializer
    filter_backends = [
        FieldsFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        OrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
        FoldedSearchFilter,  # last: search results cannot be filtered further
    ]

    def get_queryset(self):
        # As a subquery of ids, which the search backends accept (an Exists filter they do not);
        # the locale is read for every item's meta.locale.
        real_pages = Page.objects.exclude(not_translated(Page)).values("pk")
        return super().get_queryset().filter(pk__in=real_pages).select_related("locale")

    def find_object(self, queryset, request):
        """?html_path= as the public site reads it: a language prefix, then the page's path there."""
        if "html_path" not in request.GET:
            return super(PagesAPIViewSet, self).find_object(queryset, request)
        page = page_at(request, request.GET["html_path"])
        if page is None:
            return None
        if queryset.filter(pk=page.pk).exists():
            return page
        # An untranslated copy is not listed: what it shows is the English original.
        original = page.get_translations().filter(locale__language_code=settings.LANGUAGE_CODE).first()
        return original if original is not None and queryset.filter(pk=original.pk).exists() else None

    def find_view(self, request):
        """Redirect to the found page's detail URL (on the public origin), keeping other parameters."""
        if "id" in request.GET and not request.GET["id"].isdigit():
            raise BadRequestError("id must be a whole number")
        if not {"id", "html_path"} & set(request.GET):
            raise BadRequestError("find/ needs ?html_path=/<lang>/<path>/ or ?id=")
        try:
            page = self.find_object(self.get_queryset(), request)
        except Page.DoesNotExist:
            page = None
        if page is None:
            raise Http404("no live public page there")
        query = request.GET.copy()
        for name in self.find_query_parameters:
            query.pop(name, None)
        path = request.wagtailapi_router.get_object_detail_urlpath(Page, page.pk)
        return redirect(absolute(request, path) + (f"?{query.urlencode()}" if query else ""))


def page_at(request, html_path):
    """The page served at `html_path` (e.g. /sq/news/), or None: routed from that language's home."""
    if not html_path.isprintable():  # a NUL byte would be an error for PostgreSQL, not a miss
        return None
    components = [part for part in html_path.split("/") if part]
    codes = [code for code, _name in settings.LANGUAGES]
    if not components or components[0] not in codes:
        return None
    site = site_for(request)
    locale = Locale.objects.filter(language_code=components[0]).first()
    if site is None or locale is None:
        return None
    # The site's root page in that language, found by the root's translation key in one query.
    root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
    home = Page.objects.filter(translation_key=Subquery(root_key), locale=locale).first()
    if home is None:
        return None
    try:
        page, _args, _kwargs = home.specific.route(request, components[1:])
    except Http404:
        return None
    return page if isinstance(page, Page) else None
