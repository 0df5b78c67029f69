from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared bases; no models of its own, so no migrations."""

    name = "core"
    verbose_name = "Core"
