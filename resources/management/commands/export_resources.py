"""Write the library's source-language resources to CSV or JSON, the format import_resources reads."""

import sys

from django.core.management.base import BaseCommand

from resources.exchange import export_rows, write


class Command(BaseCommand):
    help = "Export resources (source language) as CSV or JSON; '-' writes to standard output."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Output file (.csv or .json), or - for standard output")
        parser.add_argument(
            "--format", choices=["csv", "json"], help="Default: from the file extension, else CSV"
        )

    def handle(self, *args, file, format=None, **options):
        fmt = format or ("json" if file.endswith(".json") else "csv")
        rows = export_rows()
        if file == "-":
            write(rows, sys.stdout, fmt)
        else:
            with open(file, "w", encoding="utf-8", newline="") as stream:
                write(rows, stream, fmt)
        self.stderr.write(f"Exported {len(rows)} resources.")
