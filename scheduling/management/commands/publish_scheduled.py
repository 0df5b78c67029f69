"""Wagtail's publish_scheduled, which also records that it ran (scheduling.models.SchedulerHeartbeat),
so /readyz can tell a scheduler that stopped, whether the loop (run_scheduler) or cron runs it.

This app is listed before `wagtail` in INSTALLED_APPS, so `manage.py publish_scheduled` is this one.
"""

from wagtail.management.commands.publish_scheduled import Command as WagtailCommand

from scheduling.models import record_run


class Command(WagtailCommand):
    help = "Publish the pages and snippets whose go-live time has passed, unpublish the expired ones."

    def handle(self, *args, **options):
        super().handle(*args, **options)
        if not options["dryrun"]:
            record_run()
