"""Keep the search index current the moment a page is published, and count searches that the page
cache answers."""

from wagtail.search import index
from wagtail.signals import page_published

from ops.page_cache import served_from_cache
from ops.visitors import is_countable


def reindex_published_page(sender, instance, **kwargs):
    """Index the page again once its tags and other child objects are saved.

    Wagtail indexes on post_save, before a ClusterTaggableManager's tags are saved, so a new tag
    name was found one publish late (I18N.md); and that index update waits for the commit. This
    runs on every publish: from the editor, a workflow approval, or a wagtail-localize translation.
    """
    index.insert_or_update_object(instance)


def count_cached_search(sender, request, response, **kwargs):
    """A search served from the page cache is one more search, like an uncached one
    (search/views.py). True for a search page: each serving counts, so it always comes this way."""
    counted = getattr(response, "search_log", None)
    if counted and is_countable(request):
        from .models import SearchQueryLog

        SearchQueryLog.record(*counted)
    return bool(counted)


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="search.reindex_published_page")
    served_from_cache.connect(count_cached_search, dispatch_uid="search.count_cached_search")
