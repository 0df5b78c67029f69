"""Drop every cached page and fragment: after a restore from a dump or a bulk `.update()`,
which send no model signals."""

from django.core.management.base import BaseCommand

from caching.generation import content_changed


class Command(BaseCommand):
    help = "Drop every cached page (after a database restore or a bulk update)."

    def handle(self, *args, **options):
        content_changed()
        self.stdout.write("Cached pages dropped.")
