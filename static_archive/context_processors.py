"""`site_archive` in every template: None on the live site, and while `archive_site` renders the
archive, the facts its banner and form notes show (settings.STATIC_ARCHIVE, set only for that run)."""

from django.conf import settings


def site_archive(request):
    return {"site_archive": getattr(settings, "STATIC_ARCHIVE", None)}
