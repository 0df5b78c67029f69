"""`manage.py archive_site [folder]`: the public site, every language, as static files (make archive)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Max

from wagtail.models import Page, Site


def _default_base_url():
    site = Site.objects.filter(is_default_site=True).first()
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "") or (site.root_url if site else "http://localhost")


def _last_change():
    """The day the content last changed: the project's end when none is given (the same content
    gives the same archive, whatever day it is built)."""
    last = Page.objects.live().aggregate(last=Max("last_published_at"))["last"]
    return last.date() if last else datetime.date(2000, 1, 1)


class Command(BaseCommand):
    help = (
        "Write the whole public site, in every language, as a static archive that any web host or "
        "a folder on disk serves: pages, library, files, feeds, calendars, packs and a search per language."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", nargs="?", default="archive", help="where to write it (emptied first)")
        parser.add_argument(
            "--base-url",
            help="the address the archive will be published at, for the sitemap, feeds and hreflang "
            "(default: WAGTAILADMIN_BASE_URL or the default site's root URL); links inside are relative",
        )
        parser.add_argument(
            "--ended",
            type=datetime.date.fromisoformat,
            help="the project's end date for the banner, YYYY-MM-DD "
            "(default: PROJECT_END_DATE, else the day of the last published change)",
        )

    def handle(self, *args, folder, base_url, ended, **options):
        ended = ended or _setting_date() or _last_change()
        base_url = base_url or _default_base_url()
        if not base_url.startswith(("http://", "https://")):
            raise CommandError(f"--base-url must be an absolute http(s) URL, not {base_url!r}")
        try:
            from static_archive.build import Archive
        except ImportError as error:  # a production install without the build tools
            raise CommandError(
                f"{error.name} is missing: install requirements-dev.txt (make install)"
            ) from error
        report = Archive(folder, base_url, ended).build()
        self.stdout.write(
            f"Archive written to {folder}/: {report.files} files, {report.bytes / 1_000_000:.1f} MB, "
            f"{report.pages} pages, built in {report.seconds:.0f} s, {report.cpu_seconds:.0f} s of CPU "
            f"({', '.join(f'{name} {seconds:.0f} s' for name, seconds in report.phases.items())}; "
            f"base URL {base_url}, ended {ended})."
        )
        for url, status in report.broken:
            self.stderr.write(f"  not archived: {url} (the site answered {status})")


def _setting_date():
    value = getattr(settings, "PROJECT_END_DATE", "")
    return datetime.date.fromisoformat(value) if value else None
