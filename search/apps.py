from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "Site search"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import signals
        from .terms import index_after_first_migration

        signals.connect()
        post_migrate.connect(
            index_after_first_migration, sender=self, dispatch_uid="search.index_after_migration"
        )
