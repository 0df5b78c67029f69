from django.apps import AppConfig


class SchedulingConfig(AppConfig):
    """Scheduled publishing: Wagtail's publish_scheduled, run in a loop or from cron, with a heartbeat."""

    name = "scheduling"
    default_auto_field = "django.db.models.BigAutoField"
