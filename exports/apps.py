from django.apps import AppConfig


class ExportsConfig(AppConfig):
    """What every CSV and XLSX the site writes shares: cells a spreadsheet shows as typed, the
    admin report template."""

    name = "exports"
