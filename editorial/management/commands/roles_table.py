"""Print docs/roles.md's roles table from editorial/roles.py (paste it between its markers)."""

from django.core.management.base import BaseCommand

from editorial.roles import markdown_table


class Command(BaseCommand):
    help = "Print the roles table (role x action x language) that docs/roles.md shows."

    def handle(self, *args, **options):
        self.stdout.write(markdown_table())
