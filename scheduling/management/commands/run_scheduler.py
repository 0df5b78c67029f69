"""Run `publish_scheduled` every --interval seconds until stopped (`make run` starts it beside
the development server; production may run it as a service instead of a timer or cron line)."""

import logging
import os
import signal
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Publish and unpublish scheduled content every --interval seconds, until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=30, help="Seconds between runs (30).")
        parser.add_argument("--runs", type=int, default=0, help="Stop after this many runs (0: never).")
        parser.add_argument(
            "--exit-with-parent",
            action="store_true",
            help="Stop when the process that started this one ends (make run).",
        )

    def handle(self, *args, interval, runs, exit_with_parent, **options):
        stopping = []
        signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
        parent = os.getppid()
        done = 0
        while not stopping:
            close_old_connections()  # a database restart between runs must not stop the loop
            try:
                call_command("publish_scheduled", stdout=self.stdout, stderr=self.stderr)
            except Exception:  # one failed run (any cause) must not stop publishing for good
                logger.exception("publish_scheduled failed; trying again in %s s", interval)
            close_old_connections()
            done += 1
            if runs and done >= runs:
                break
            deadline = time.monotonic() + interval
            while not stopping and time.monotonic() < deadline:
                if exit_with_parent and os.getppid() != parent:
                    return
                time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))
