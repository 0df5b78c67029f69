"""Keep the search index current the moment a page is published."""

from wagtail.search import index
from wagtail.signals import page_published


def reindex_published_page(sender, instance, **kwargs):
    """Index the page again once its tags and other child objects are saved.

    Wagtail indexes on post_save, before a ClusterTaggableManager's tags are saved, so a new tag
    name was found one publish late (I18N.md); and that index update waits for the commit. This
    runs on every publish: from the editor, a workflow approval, or a wagtail-localize translation.
    """
    index.insert_or_update_object(instance)


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="search.reindex_published_page")
