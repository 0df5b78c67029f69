"""The edge: purge from the CDN or Varnish in front of the site what a change shows on.

Public pages leave the app with `Cache-Control: s-maxage=PUBLIC_CACHE_S_MAXAGE` (caching.cache_control),
so the edge never serves a page older than that. Wagtail's frontend cache (WAGTAILFRONTENDCACHE:
Varnish through HTTP PURGE, Cloudflare, CloudFront, Azure) makes a change show at once: every
change a visitor can see, whatever made it (the admin, publish_scheduled, import_resources,
wagtail-localize, a shell), sends a model signal, and the URLs it shows on are purged once its
transaction commits:

- a page published, unpublished, moved, deleted or made private: the page, its argument-less
  routes (feed/, calendar/, ...), the API record and the parent that lists it, in every language;
  a top-level page (in the main menu) or a site-wide setting: every public URL; the sitemap;
- a library entry or other snippet: the pages that list it (LISTED_ON) and that reference it;
- a document or image: its URL (documents) and what shows it.

URLs with a query string (page 2 of a listing, a search) cannot be named one by one: Varnish
purges them with their path (deploy/varnish/default.vcl); elsewhere s-maxage bounds them.
Public form submissions and counters send none of these signals, so they purge nothing.
"""

import functools
import threading

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete

from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    CollectionViewRestriction,
    DraftStateMixin,
    Page,
    PageViewRestriction,
    ReferenceIndex,
)
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)
from wagtail.snippets.models import get_snippet_models

# Where each snippet is listed (by label: caching imports no content app), beside the pages that
# reference it. A snippet not named here purges every public URL.
LISTED_ON = {
    "resources.Resource": ("resources.ResourceLibraryPage",),
    "resources.Framework": ("resources.ResourceLibraryPage",),
    "home.Partner": ("home.HomePage",),
    "home.Topic": ("home.NewsIndexPage", "home.NewsPage"),
    "network.NetworkMember": ("network.NetworkDirectoryPage",),
}
LIBRARY = "resources.ResourceLibraryPage"
LIBRARY_ENTRY = "resources.Resource"

_pending = threading.local()


def purge_after_commit(urls):
    """Purge `urls` from every configured edge once the current transaction commits (at once
    outside one). Purges within one transaction are sent together, each URL once."""
    if not get_backends():
        return
    if not hasattr(_pending, "urls"):
        _pending.urls = set()
    _pending.urls.update(url for url in urls if url)
    transaction.on_commit(_purge_pending)


def _purge_pending():
    urls, _pending.urls = getattr(_pending, "urls", set()), set()
    if urls:
        PurgeBatch(urls).purge()


def _with_an_edge(handler):
    """A signal handler that does nothing, not even look up URLs, when no edge is configured."""

    @functools.wraps(handler)
    def handle(*args, **kwargs):
        if get_backends():
            handler(*args, **kwargs)

    return handle


def _routes(page):
    """The page's URL and those of its routes that take no argument (feed/, calendar/, csv/)."""
    url = page.full_url
    if not url:
        return []
    get_routes = getattr(page.specific_class, "get_subpage_urls", None)
    routes = [str(p.pattern) for p in get_routes() if not p.pattern.converters] if get_routes else []
    return [url, *(url + route for route in routes if route)]


def _origin(page):
    site = page.get_site()
    return site.root_url if site else ""


def page_urls(page):
    """What shows `page`: it and its parent (the listing) in every language, with their routes,
    its API record, every library entry page in a library, the sitemap."""
    pages = {}
    for translation in page.get_translations(inclusive=True).specific(defer=True):
        pages[translation.pk] = translation
        parent = translation.get_parent()
        if parent is not None and parent.depth > 1:
            pages.setdefault(parent.pk, parent.specific_deferred)
    urls = [url for p in pages.values() for url in _routes(p)]
    urls += [
        f"{_origin(p)}/api/v2/pages/{p.pk}/"
        for p in pages.values()
        if p.translation_key == page.translation_key
    ]
    if page.specific_class._meta.label == LIBRARY:
        urls += _entry_urls(pages=[page])
    return [*urls, f"{_origin(page)}/sitemap.xml"]


def _entry_urls(pages=None, entry=None):
    """Library entry pages: every entry (or `entry`'s translations) in each library."""
    Entry = apps.get_model(LIBRARY_ENTRY)
    entries = (
        Entry.objects.filter(live=True)
        if entry is None
        else Entry.objects.filter(translation_key=entry.translation_key)
    )
    slugs = set(entries.values_list("slug", flat=True)) | ({entry.slug} if entry is not None else set())
    libraries = pages or apps.get_model(LIBRARY).objects.live()
    return [f"{library.full_url}{slug}/" for library in libraries if library.full_url for slug in slugs]


def every_public_url():
    """Every live public page with its routes, every library entry's page, the sitemap."""
    pages = Page.objects.live().public().filter(depth__gt=1).specific(defer=True)
    urls = [url for page in pages for url in _routes(page)]
    return [*urls, *_entry_urls(), *(f"{_origin(p)}/sitemap.xml" for p in pages if p.depth == 2)]


def _pages_of(labels):
    models = [apps.get_model(label) for label in labels]
    return [page for model in models for page in model.objects.live().public().specific(defer=True)]


def object_urls(instance, depth=0):
    """The URLs showing a snippet, document or image: where it is listed, where it is used."""
    label = instance._meta.label
    urls = []
    if label in LISTED_ON:
        urls += [url for page in _pages_of(LISTED_ON[label]) for url in _routes(page)]
    elif isinstance(instance, tuple(get_snippet_models())):
        return every_public_url()
    if label == LIBRARY_ENTRY:
        urls += _entry_urls(entry=instance)
    if isinstance(instance, get_document_model()):
        urls += _document_urls([instance])
    for source, _references in ReferenceIndex.get_grouped_references_to(instance):
        if isinstance(source, Page):
            urls += page_urls(source) if source.live else []
        elif depth == 0:  # a document chosen in a library entry, a logo in a partner
            urls += object_urls(source, depth=1)
    return urls


@_with_an_edge
def _on_page_change(sender, instance, **kwargs):
    if instance.alias_of_id:  # published with its source page, whose purge covers it
        return
    top_level = instance.depth <= 3  # a language's home page or a page in its main menu
    purge_after_commit(page_urls(instance) + (every_public_url() if top_level else []))


def _urls_before(page, url_path_before):
    """The URLs `page` and the pages below it had before its url_path was `url_path_before`."""
    after, before = (path.split("/", 2)[2] for path in (page.url_path, url_path_before))
    pages = page.get_descendants(inclusive=True).live().specific(defer=True)
    return [url.replace(after, before, 1) for p in pages for url in _routes(p) if after and after in url]


@_with_an_edge
def _on_page_move(sender, instance, parent_page_before, url_path_before, **kwargs):
    urls = page_urls(instance) + _routes(parent_page_before.specific_deferred)
    urls += _urls_before(instance, url_path_before)
    top_level = 3 in (instance.depth, parent_page_before.depth + 1)  # into or out of the main menu
    purge_after_commit(urls + (every_public_url() if top_level else []))


@_with_an_edge
def _on_slug_change(sender, instance, instance_before, **kwargs):
    purge_after_commit(_urls_before(instance, instance_before.url_path))


@_with_an_edge
def _on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live and instance.depth > 1:
        _on_page_change(sender, instance)


@_with_an_edge
def _on_view_restriction_change(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()  # gone when the page is being deleted
    if page is None:
        return
    purge_after_commit(
        [url for p in page.get_descendants(inclusive=True).live().specific(defer=True) for url in _routes(p)]
        + page_urls(page)
    )


def _document_urls(documents):
    """A document's URL on each site (served through Wagtail's view, so cached at the edge)."""
    origins = [site.root_url for site in apps.get_model("wagtailcore", "Site").objects.all()]
    return [f"{origin}{document.url}" for document in documents for origin in origins]


@_with_an_edge
def _on_collection_restriction_change(sender, instance, **kwargs):
    documents = get_document_model().objects.filter(collection__path__startswith=instance.collection.path)
    purge_after_commit(_document_urls(documents))  # the collection outlives its rules


def _shows_content(model):
    """Snippets (registered after this app is ready, so looked up here), documents and images."""
    return model in (get_document_model(), get_image_model()) or model in get_snippet_models()


def _on_object_change(sender, instance, signal, **kwargs):
    if not _shows_content(sender) or not get_backends():
        return
    if isinstance(instance, DraftStateMixin) and signal in (post_save, pre_delete) and not instance.live:
        return  # a draft saved or deleted shows nowhere
    if isinstance(instance, DraftStateMixin) and signal is post_save:
        return  # its publishing or unpublishing sends its own signal
    purge_after_commit(object_urls(instance))


@_with_an_edge
def _on_setting_change(sender, instance, **kwargs):
    purge_after_commit(every_public_url())


def connect_signals():
    uid = "caching-edge-"
    page_published.connect(_on_page_change, dispatch_uid=uid + "page-published")
    page_unpublished.connect(_on_page_change, dispatch_uid=uid + "page-unpublished")
    post_page_move.connect(_on_page_move, dispatch_uid=uid + "page-moved")
    page_slug_changed.connect(_on_slug_change, dispatch_uid=uid + "page-slug-changed")
    pre_delete.connect(_on_page_delete, sender=Page, dispatch_uid=uid + "page-deleted")
    for model, name in ((PageViewRestriction, "page"), (CollectionViewRestriction, "collection")):
        handler = _on_view_restriction_change if name == "page" else _on_collection_restriction_change
        post_save.connect(handler, sender=model, dispatch_uid=f"{uid}{name}-restriction-saved")
        post_delete.connect(handler, sender=model, dispatch_uid=f"{uid}{name}-restriction-deleted")
    for signal in (published, unpublished, post_save, pre_delete):  # snippets, documents, images
        signal.connect(_on_object_change, dispatch_uid=uid + "object-changed")
    for model in apps.get_models():
        if issubclass(model, (BaseSiteSetting, BaseGenericSetting)):
            post_save.connect(
                _on_setting_change, sender=model, dispatch_uid=f"{uid}{model._meta.label}-saved"
            )
