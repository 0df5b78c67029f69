"""The edge: the CDN or Varnish in front of the site drops what the origin's page cache drops.

Public pages leave the app with `Cache-Control: s-maxage=PUBLIC_CACHE_S_MAXAGE`
(caching.cache_control), so the edge never serves a page older than that. To make a change show at
once, every change that moves the content generation (caching.generation: whatever made it, the
admin, publish_scheduled, import_resources, wagtail-localize, a shell, drop_page_cache after a
restore; never a visitor's form or counter) purges the whole site once its transaction commits:
`<site root>/*` through Wagtail's frontend cache backends (WAGTAILFRONTENDCACHE), one purge per
site and commit. Varnish (deploy/varnish/default.vcl) bans every URL under the path; CloudFront
and Azure read the `*` as a wildcard. Why the whole site and not the URLs a change shows on:
docs/decisions/0008-the-edge-follows-the-generation.md.
"""

import threading

from django.db import transaction

from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Site

_changes = threading.local()  # per thread: changes seen, and up to which one the edge is purged


def purge_after_commit():
    """Purge the whole site from every configured edge once the current transaction commits (at
    once outside one); the changes of one transaction send one purge."""
    if not get_backends():
        return
    number = getattr(_changes, "seen", 0) + 1
    _changes.seen = number
    transaction.on_commit(lambda: _purge(number))


def _purge(number):
    if getattr(_changes, "purged", 0) >= number:
        return  # an earlier callback of the same commit purged it
    _changes.purged = _changes.seen
    PurgeBatch([f"{site.root_url}/*" for site in Site.objects.all()]).purge()
