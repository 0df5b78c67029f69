"""Timing rounds for `make bench`, served from a process of their own (bench.growth_rounds).

Reads one JSON line per round on stdin, `[urls, requests]`, and answers one JSON line
`{url: [milliseconds, ...]}`: each URL warmed once, then requested `requests` times with every
cache off. Not for use on its own: `make bench` starts two, on databases of different sizes.
"""

import json
import logging
import sys

from django.conf import settings
from django.core.management.base import BaseCommand
from django.test import Client

from .bench import time_requests


class Command(BaseCommand):
    help = "Serve make bench's timing rounds on stdin and stdout (started by make bench)."

    def add_arguments(self, parser):
        parser.add_argument("--media-root", required=True, help="the benchmark's media folder")

    def handle(self, *args, **options):
        logging.getLogger("django.request").setLevel(logging.ERROR)  # the 404 page type is expected
        settings.MEDIA_ROOT = options["media_root"]
        settings.PAGE_CACHE_SECONDS = 0
        client = Client()
        for line in sys.stdin:
            urls, requests = json.loads(line)
            timings = {url: time_requests(client, url, requests) for url in urls}
            self.stdout.write(json.dumps(timings))
            self.stdout.flush()
