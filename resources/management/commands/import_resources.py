"""Create or update resources by slug from CSV or JSON, reporting every rejected row and why."""

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

    def handle(self, *args, file, format=None, dry_run=False, **options):
        fmt = format or ("json" if file.endswith(".json") else "csv")
        try:
            with open(file, encoding="utf-8-sig", newline="") as stream:
                rows = read(stream, fmt)
        except (OSError, ValueError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        report = import_rows(rows, dry_run=dry_run, progress=self.progress)
        self.stderr.write("")
        prefix = "Dry run, nothing written. Would have " if dry_run else ""
        self.stdout.write(
            f"{prefix}created {len(report.created)}, updated {len(report.updated)}, "
            f"unchanged {len(report.unchanged)}, rejected {len(report.rejected)}."
        )
        for number, slug, reasons in report.rejected:
            self.stdout.write(
                self.style.WARNING(f"  row {number} ({slug or 'no slug'}): {'; '.join(reasons)}")
            )

    def progress(self, done, total):
        filled = BAR_WIDTH * done // max(total, 1)
        self.stderr.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}", ending="")
