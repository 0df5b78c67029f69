"""Drop every cached page and fragment, at the origin and at the edge: after a restore from a dump
or a bulk `.update()`, which send no model signals, and after a new release is deployed (the edge
does not know the release)."""

from django.core.management.base import BaseCommand

from caching.generation import content_changed


class Command(BaseCommand):
    help = "Drop every cached page, here and at the edge (after a restore, a bulk update or a deploy)."

    def handle(self, *args, **options):
        content_changed()
        self.stdout.write("Cached pages dropped.")
