"""The home page, the standard pages (about, accessibility, privacy) and the footer links."""

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from wagtail.models import Page, Site

from home.models import FooterLinks, HomePage, StandardPage

from .. import data
from ..engine import ensure_page, publish, source_locale, stream_from, translate_missing


def _remove_wagtail_welcome_page(root):
    """Wagtail's installer adds a plain 'Welcome' page; the demo home page replaces it."""
    plain_page = ContentType.objects.get_for_model(Page)
    for page in root.get_children().filter(content_type=plain_page, slug="home"):
        page.delete()


def seed_home_page(spec):
    home = HomePage.objects.filter(locale=source_locale(), depth=2).first()
    if home is not None:
        return home, False
    root = Page.get_first_root_node()
    _remove_wagtail_welcome_page(root)
    home = HomePage(
        title=spec["title"],
        slug="home",
        headline=spec.get("headline", ""),
        intro=spec["intro"],
        body=stream_from(spec["body"]),
        locale=source_locale(),
    )
    root.add_child(instance=home)
    publish(home)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = site.hostname or "localhost"
    site.root_page = home
    site.site_name = "VET-WEB"
    site.save()
    return home, True


def seed_footer_links(site, pages_by_slug):
    links = FooterLinks.for_site(site)
    changed = False
    if links.accessibility_page_id is None:
        links.accessibility_page = pages_by_slug["accessibility"]
        changed = True
    if links.privacy_page_id is None:
        links.privacy_page = pages_by_slug["privacy"]
        changed = True
    if changed:
        links.save()


def seed_pages(log):
    content = data.content("site")
    home, created = seed_home_page(content["home"])
    if created:
        log("Created the home page")
    pages = {}
    for spec in content["pages"]:
        pages[spec["slug"]], _created = ensure_page(
            home,
            StandardPage,
            spec["slug"],
            title=spec["title"],
            intro=spec["intro"],
            body=stream_from(spec["body"]),
            show_in_menus=spec["show_in_menus"],
        )
    seed_footer_links(Site.objects.get(root_page=home), pages)
    call_command("sync_locale_trees")
    for page in [home, *pages.values()]:
        translate_missing(page, log)
    return home
