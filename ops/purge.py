"""Purge every language version of a page, and the pages that list it, from the edge cache.

Wagtail's own handler (wagtail.contrib.frontend_cache) purges the published page's URLs and
rewrites them for each language prefix. A page here exists in every locale tree, as a real
translation or as an alias of the English page, and its parent in every locale lists it, so a
publish or unpublish also purges each translation and the parent of each.
"""

from django.apps import apps

from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.signals import page_published, page_unpublished


def pages_to_purge(page):
    """The page, its translations and aliases in every locale, and the parent of each."""
    translations = list(page.get_translations(inclusive=True).specific(defer=True))
    pages = {p.pk: p for p in translations}
    for translation in translations:
        parent = translation.get_parent()
        if parent is not None and not parent.is_root():
            pages.setdefault(parent.pk, parent.specific_deferred)
    return list(pages.values())


def purge_page_everywhere(page):
    if not get_backends():
        return
    batch = PurgeBatch()
    batch.add_pages(pages_to_purge(page))
    batch.purge()


def _on_change(sender, instance, **kwargs):
    # Aliases are re-published together with their source page, which already purged them.
    if instance.alias_of_id:
        return
    purge_page_everywhere(instance)


def register_signal_handlers():
    from wagtail.models import Page

    for model in apps.get_models():
        if issubclass(model, Page):
            page_published.connect(
                _on_change, sender=model, dispatch_uid=f"ops-purge-pub-{model._meta.label}"
            )
            page_unpublished.connect(
                _on_change, sender=model, dispatch_uid=f"ops-purge-unpub-{model._meta.label}"
            )
