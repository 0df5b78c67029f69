"""Seed the demo site from demo/content and demo/locale, plus an admin account. Safe to run again.

It prints one summary line and the admin sign-in; `-v 2` lists every item it adds."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from demo.seed.contact import seed_contact_page
from demo.seed.demand import seed_demand
from demo.seed.events import seed_events
from demo.seed.library import seed_library
from demo.seed.mobility import seed_mobility
from demo.seed.network import seed_network
from demo.seed.pages import seed_pages
from demo.seed.project import seed_project
from demo.seed.results import seed_results
from demo.seed.states import seed_states
from editorial.setup import ensure_editorial_setup

DEMO_ADMIN = "admin"


class Command(BaseCommand):
    help = "Create the demo content that is missing (never changes or deletes existing content)."

    def handle(self, *args, **options):
        self.verbosity, self.added = options["verbosity"], 0
        seed_pages(log=self.log)
        seed_project(log=self.log)
        seed_events(log=self.log)
        seed_library(log=self.log)
        seed_mobility(log=self.log)
        seed_results(log=self.log)
        seed_states(log=self.log)
        seed_demand(log=self.log)
        seed_contact_page(log=self.log)
        seed_network(log=self.log)
        ensure_editorial_setup()
        self.summarise()
        self.ensure_admin()

    def log(self, message):
        self.added += 1
        if self.verbosity >= 2:
            self.stdout.write(f"  {message}")

    def summarise(self):
        if not self.added:
            self.stdout.write("Demo content: complete, nothing to add.")
        elif self.verbosity >= 2:
            self.stdout.write(f"Demo content: {self.added} steps done (listed above).")
        else:
            self.stdout.write(f"Demo content: {self.added} steps done (seed_site -v 2 lists them).")

    def ensure_admin(self):
        User = get_user_model()
        if User.objects.filter(username=DEMO_ADMIN).exists():
            self.stdout.write(
                f"Admin login: {DEMO_ADMIN} (password unchanged; reset it with "
                f"'manage.py changepassword {DEMO_ADMIN}')"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(DEMO_ADMIN, "admin@example.org", password)
        self.stdout.write(self.style.SUCCESS(f"Admin login for the demo: {DEMO_ADMIN} / {password}"))
