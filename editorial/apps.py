from django.apps import AppConfig
from django.db.models.signals import post_migrate


class EditorialConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial"
    verbose_name = "Editorial roles and translation status"

    def ready(self):
        post_migrate.connect(grant_editorial_permissions, dispatch_uid="editorial.permissions")


def grant_editorial_permissions(sender, app_config=None, using="default", **kwargs):
    """Run once per migrate, after the last app's permissions exist (see editorial/setup.py)."""
    from django.apps import apps

    if sender is not list(apps.get_app_configs())[-1]:
        return
    from .setup import ensure_editorial_setup

    ensure_editorial_setup()
