"""When scheduled publishing last ran: one row in the database, which every process can read
(the cache may be per process), written by each run of `manage.py publish_scheduled`."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone


class SchedulerHeartbeat(models.Model):
    last_run = models.DateTimeField()

    class Meta:
        verbose_name = "scheduler heartbeat"

    def __str__(self):
        return f"publish_scheduled last ran at {self.last_run:%Y-%m-%d %H:%M:%S %Z}"


def record_run():
    """Note that scheduled publishing ran just now."""
    SchedulerHeartbeat.objects.update_or_create(pk=1, defaults={"last_run": timezone.now()})


def last_run():
    """When scheduled publishing last ran, or None if it never has."""
    return SchedulerHeartbeat.objects.filter(pk=1).values_list("last_run", flat=True).first()


def is_running(now=None):
    """True when scheduled publishing ran within SCHEDULER_STALE_AFTER seconds."""
    when = last_run()
    if when is None:
        return False
    now = now or timezone.now()
    return now - when <= datetime.timedelta(seconds=settings.SCHEDULER_STALE_AFTER)
