from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemandConfig(AppConfig):
    """What visitors ask of the library: translations they would use, and reports of using a tool."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "demand"
    verbose_name = _("Demand")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .reuse import ReuseReport

        post_save.connect(show_moderated_reports, sender=ReuseReport, dispatch_uid="demand-reuse-moderated")
        post_delete.connect(show_moderated_reports, sender=ReuseReport, dispatch_uid="demand-reuse-deleted")


def show_moderated_reports(sender, instance, **kwargs):
    """A visitor's new report changes no page (it waits for moderation), so it leaves the page cache
    alone (ops/page_cache.py lists the model as quiet); approving, rejecting or deleting a moderated
    report drops the cached pages, so the entry's counts and comments are right at once."""
    from ops.page_cache import invalidate

    if instance.status != "pending":
        invalidate()
