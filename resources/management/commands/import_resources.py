"""Create or update resources by slug from CSV or JSON, reporting every rejected row and why."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from resources.exchange import import_rows, read

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Import resources (source language) from CSV or JSON. Bad rows are reported and skipped."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv or .json file in the export_resources format")
        parser.add_argument(
            "--format", choices=["csv", "json"], help="Default: from the file extension, else CSV"
        )
        parser.add_argument("--dry-run", action="store_true", help="Check every row, write nothing")
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Make the changes live at once (needs --user, someone who may publish resources). "
            "Default: drafts, for a coordinator to approve",
        )
        parser.add_argument("--user", help="Username the changes are recorded under")

    def handle(self, *args, file, format=None, dry_run=False, publish=False, user=None, **options):
        user = self.importing_user(user, publish)
        fmt = format or ("json" if file.endswith(".json") else "csv")
        try:
            with open(file, encoding="utf-8-sig", newline="") as stream:
                rows = read(stream, fmt)
        except (OSError, ValueError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        report = import_rows(rows, dry_run=dry_run, progress=self.progress, publish=publish, user=user)
        self.stderr.write("")
        prefix = "Dry run, nothing written. Would have " if dry_run else ""
        self.stdout.write(
            f"{prefix}created {len(report.created)}, updated {len(report.updated)}, "
            f"unchanged {len(report.unchanged)}, rejected {len(report.rejected)}."
            + ("" if publish or dry_run else " Changes are drafts until a coordinator publishes them.")
        )
        for number, slug, reasons in report.rejected:
            self.stdout.write(
                self.style.WARNING(f"  row {number} ({slug or 'no slug'}): {'; '.join(reasons)}")
            )

    def importing_user(self, username, publish):
        """The account changes are recorded under; --publish only for someone who may publish."""
        if username is None:
            if publish:
                raise CommandError(
                    "--publish needs --user: the account of someone who may publish resources."
                )
            return None
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"No active user {username!r}.")
        if publish and not user.has_perm("resources.publish_resource"):
            raise CommandError(f"{username} may not publish resources: import without --publish (drafts).")
        return user

    def progress(self, done, total):
        filled = BAR_WIDTH * done // max(total, 1)
        self.stderr.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}", ending="")
