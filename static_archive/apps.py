from django.apps import AppConfig


class StaticArchiveConfig(AppConfig):
    """The way out after the funding: `manage.py archive_site` writes the public site as static files.
    No models; it reads every other app and nothing imports it."""

    name = "static_archive"
    verbose_name = "Static archive"
