"""Purge from the edge cache the pages that show a changed or deleted library entry, snippet or document.

The page cache needs nothing here: any saved model drops every cached page (ops.page_cache). The
edge keeps pages for PUBLIC_CACHE_S_MAXAGE, so after a change this finds the pages showing it:
for library entries every language's library page and the entry's own page there; for anything
else the pages that Wagtail's reference index says use it (a document in a page body, a snippet
chosen in a block), in every language. A site-wide setting shown on every page (the footer links)
purges every public page and library entry.
"""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_save, pre_delete

from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex

from .purge import pages_to_purge


def _library_urls(resource=None):
    """Every language's library page, and the resource's page in each (when one is given)."""
    urls = []
    for library in apps.get_model("resources", "ResourceLibraryPage").objects.live():
        base = library.full_url
        if base:
            urls.append(base)
            if resource is not None:
                urls.append(f"{base}{resource.slug}/")
    return urls


# Named by label: the content apps build on ops (their views count visitors), never the reverse.
LIBRARY_MODELS = ("resources.Framework", "resources.Resource")
PROJECT_SNIPPETS = ("home.Partner", "home.Topic")
SITE_WIDE_SETTINGS = ("home.FooterLinks",)


def _every_public_url():
    """Every live public page and every library entry's page, in every language."""
    urls = [page.full_url for page in Page.objects.live().public().defer_streamfields()]
    slugs = set(apps.get_model("resources", "Resource").objects.values_list("slug", flat=True))
    for library in _library_urls():
        urls.extend(f"{library}{slug}/" for slug in slugs)
        urls.append(library)
    return [url for url in urls if url]


def _library_models():
    return tuple(apps.get_model(label) for label in LIBRARY_MODELS)


def urls_showing(instance):
    """The public URLs that show this object (and so must leave the edge when it changes)."""
    Resource = apps.get_model("resources", "Resource")
    if instance._meta.label in SITE_WIDE_SETTINGS:
        return sorted(set(_every_public_url()))
    urls, pages = [], {}
    if isinstance(instance, _library_models()):
        urls += _library_urls(instance if isinstance(instance, Resource) else None)
    if isinstance(instance, get_document_model()) and instance.url:
        urls.append(instance.url)
    for source, _references in ReferenceIndex.get_grouped_references_to(instance):
        if isinstance(source, Page):
            for page in pages_to_purge(source):
                pages.setdefault(page.pk, page)
        elif isinstance(source, Resource):
            urls += _library_urls(source)
    for page in pages.values():
        url = page.full_url
        if url:
            urls.append(url)
    return sorted(set(urls))


def _purge_after_commit(instance):
    if not get_backends():
        return
    urls = urls_showing(instance)  # now: after a delete the references are gone
    if urls:
        transaction.on_commit(lambda: PurgeBatch(urls).purge())


def _on_change(sender, instance, **kwargs):
    _purge_after_commit(instance)


def register_signal_handlers():
    for model in (*_library_models(), get_document_model()):
        post_save.connect(_on_change, sender=model, dispatch_uid=f"ops-purge-save-{model._meta.label}")
        pre_delete.connect(_on_change, sender=model, dispatch_uid=f"ops-purge-delete-{model._meta.label}")
    for model in (apps.get_model(label) for label in (*PROJECT_SNIPPETS, *SITE_WIDE_SETTINGS)):
        post_save.connect(_on_change, sender=model, dispatch_uid=f"ops-purge-save-{model._meta.label}")
        pre_delete.connect(_on_change, sender=model, dispatch_uid=f"ops-purge-delete-{model._meta.label}")
