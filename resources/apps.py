from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "resources"
    verbose_name = _("Resource library")

    def ready(self):
        from wagtail.documents import get_document_model

        from .models import Resource
        from .tasks import schedule_rebuild

        # A changed entry or file: the offline packs that list it are rebuilt after the commit.
        for model in (Resource, get_document_model()):
            post_save.connect(schedule_rebuild, sender=model, dispatch_uid=f"packs-save-{model._meta.label}")
            post_delete.connect(
                schedule_rebuild, sender=model, dispatch_uid=f"packs-delete-{model._meta.label}"
            )
