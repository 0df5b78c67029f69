"""Create or update resources by slug from CSV, XLSX or JSON, reporting every rejected row and why.

Exits with status 1 when any row is rejected (dry run or not), so scripts notice."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from resources.exchange import columns, import_rows
from resources.import_files import READERS, read_import_file

BAR_WIDTH = 30


def report_lines(report):
    """The report as text lines, the same for a dry run and a real import (plus the dry-run prefix)."""
    prefix = "Dry run, nothing written. Would have " if report.dry_run else ""
    lines = [
        f"{prefix}created {len(report.created)}, updated {len(report.updated)}, "
        f"unchanged {len(report.unchanged)}, rejected {len(report.rejected)}."
    ]
    lines += [
        f"  row {number} ({slug or 'no slug'}): {'; '.join(reasons)}"
        for number, slug, reasons in report.rejected
    ]
    return lines


class Command(BaseCommand):
    help = "Import resources (source language) from CSV, XLSX or JSON. Bad rows are reported and skipped."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv, .xlsx or .json file in the export_resources format")
        parser.add_argument(
            "--format", choices=sorted(READERS), help="Default: from the file name and content"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Run every check and write, then roll it all back"
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Make the changes live at once (needs --user, someone who may publish resources). "
            "Default: drafts, for a coordinator to approve",
        )
        parser.add_argument("--user", help="Username the changes are recorded under")

    def handle(self, *args, file, format=None, dry_run=False, publish=False, user=None, **options):
        user = self.importing_user(user, publish)
        try:
            parsed = read_import_file(Path(file).read_bytes(), file, columns(), format)
        except (OSError, ValueError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        self.stderr.write(f"Reading {file} as {parsed.description}.")
        report = import_rows(parsed.rows, dry_run=dry_run, progress=self.progress, publish=publish, user=user)
        self.stderr.write("")
        first, *rejected = report_lines(report)
        drafts = "" if publish else " Changes are drafts until a coordinator publishes them."
        self.stdout.write(first + drafts)
        for line in rejected:
            self.stdout.write(self.style.WARNING(line))
        if not report.ok:
            raise CommandError(f"Rejected rows: {len(report.rejected)}.", returncode=1)

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
