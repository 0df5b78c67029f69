"""The site a request is for, and where each site's languages start, in one query.

Wagtail asks these on every request whose links it builds: the site by the request's hostname (one
query), then every site with its home page in each language (two more, unless its cache holds them).
It keeps both on the request, as `request._wagtail_site` and
`request._wagtail_cached_site_root_paths`, and asks nothing more once they are there. Those three
queries took about 3 of a standard page's 12 ms (1,000 items per model, every cache off), building
their SQL more than running it. `site_for(request)` answers both in one query, the way Wagtail
does (the same hostname and port matching, the same order of root paths: tests/core/test_sites.py
compares them), and leaves them where Wagtail looks; the same rows give the language switcher each
language's home page.
"""

from django.http.request import split_domain_port

from wagtail.models import Page, Site
from wagtail.models.sites import SiteRootPath

from core.request_memo import remembered

# Every site with its root page in each language, in one query: a row per (site, language), sites
# in Wagtail's order of root paths (most specific first), each site's languages by tree path. The
# ORM has no join on translation keys; the three tables are Wagtail's own, their names stable.
_SITES_AND_HOMES = """
    SELECT site.*, home.url_path AS home_url_path, home.live AS home_live,
           locale.language_code AS home_language
    FROM wagtailcore_site site
    JOIN wagtailcore_page root ON root.id = site.root_page_id
    JOIN wagtailcore_page home ON home.translation_key = root.translation_key
    JOIN wagtailcore_locale locale ON locale.id = home.locale_id
    ORDER BY root.url_path DESC, site.is_default_site DESC, site.hostname, site.id, home.path
"""


def site_for(request):
    """Wagtail's `Site.find_for_request(request)`, with the sites' root paths set beside it."""
    if not hasattr(request, "_wagtail_site"):
        rows = _sites_and_homes()
        hostname = split_domain_port(request._get_raw_host())[0]
        request._wagtail_site = _matching(_sites(rows), hostname, request.get_port())
        request._wagtail_cached_site_root_paths = [
            SiteRootPath(row.id, row.home_url_path, row.root_url, row.home_language) for row in rows
        ]
    return request._wagtail_site


def live_home_pages(request):
    """{language code: the home page's URL} of each language whose home page on the request's
    site is live (read with the site: no query of its own)."""
    site = site_for(request)
    return {
        row.home_language: Page(url_path=row.home_url_path).get_url(request)
        for row in _sites_and_homes()
        if site is not None and row.id == site.id and row.home_live
    }


def _sites_and_homes():
    return remembered(("sites-and-homes",), lambda: list(Site.objects.raw(_SITES_AND_HOMES)))


def _sites(rows):
    """Each site once, in the rows' order."""
    found = {}
    for row in rows:
        found.setdefault(row.id, row)
    return list(found.values())


def _matching(sites, hostname, port):
    """The site Wagtail's get_site_for_hostname picks: hostname and port, else the hostname of the
    default site, else the default site unless exactly one other site has the hostname; None when
    nothing matches, or only several sites with the hostname on other ports."""
    try:
        port = int(port)
    except (TypeError, ValueError):  # a junk forwarded port matches no site's port
        port = None

    def rank(site):
        if site.hostname == hostname and site.port == port:
            return 0
        if site.hostname == hostname and site.is_default_site:
            return 1
        return 2 if site.is_default_site else 3

    candidates = sorted(
        (site for site in sites if site.hostname == hostname or site.is_default_site), key=rank
    )
    if not candidates:
        return None
    if len(candidates) == 1 or rank(candidates[0]) < 2:
        return candidates[0]
    if rank(candidates[0]) == 2:
        return candidates[len(candidates) == 2]
    return None
