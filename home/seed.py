"""Seed the home page, the standard pages and their translations. Safe to run again: it only
adds what is missing and never changes or deletes a page an editor has touched."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from wagtail.models import Locale, Page, Site

from . import seed_content as content
from .models import FooterLinks, HomePage, StandardPage
from .seeding import catalogue_of, is_translated, stream_from, target_locales, texts_in, translate


def _publish(page):
    page.save_revision().publish()
    return page


def _remove_wagtail_welcome_page(root):
    """Wagtail's installer adds a plain 'Welcome' page; the demo home page replaces it."""
    plain_page = ContentType.objects.get_for_model(Page)
    for page in root.get_children().filter(content_type=plain_page, slug="home"):
        page.delete()


def seed_home_page():
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.filter(locale=source_locale, depth=2).first()
    if home is not None:
        return home, False
    root = Page.get_first_root_node()
    _remove_wagtail_welcome_page(root)
    home = HomePage(
        title=content.HOME_TITLE.en,
        slug="home",
        intro=content.HOME_INTRO.en,
        body=stream_from(content.HOME_BODY),
        locale=source_locale,
    )
    root.add_child(instance=home)
    _publish(home)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = site.hostname or "localhost"
    site.root_page = home
    site.site_name = "VET-WEB"
    site.save()
    return home, True


def seed_standard_page(home, spec):
    existing = StandardPage.objects.child_of(home).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    page = StandardPage(
        title=spec["title"].en,
        slug=spec["slug"],
        intro=spec["intro"].en,
        body=stream_from(spec["body"]),
        show_in_menus=spec["show_in_menus"],
    )
    home.add_child(instance=page)
    return _publish(page)


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


def translate_missing(pages_and_texts, log):
    """Translate each page into every other language where it has no real translation yet."""
    call_command("sync_locale_trees")
    for page, texts in pages_and_texts:
        catalogue = catalogue_of(texts)
        for locale in target_locales():
            page = Page.objects.get(pk=page.pk).specific  # re-fetch: see I18N.md, stale pages
            if not is_translated(page, locale):
                translate(page, locale, catalogue)
                log(f"Translated “{page.title}” into {locale.language_code}")


def seed_pages(log=print):
    home, created = seed_home_page()
    if created:
        log("Created the home page")
    pages = {spec["slug"]: seed_standard_page(home, spec) for spec in content.STANDARD_PAGES}
    seed_footer_links(Site.objects.get(root_page=home), pages)
    home_texts = [content.HOME_TITLE, content.HOME_INTRO, *texts_in(content.HOME_BODY)]
    to_translate = [(home, home_texts)]
    for spec in content.STANDARD_PAGES:
        texts = [spec["title"], spec["intro"], *texts_in(spec["body"])]
        to_translate.append((pages[spec["slug"]], texts))
    translate_missing(to_translate, log)
    return home
