"""Unlock an admin account that the sign-in throttle locked: `manage.py unlock_sign_in <username>`."""

from django.core.management.base import BaseCommand

from throttling.login_throttle import clear_username


class Command(BaseCommand):
    help = "Clear the failed sign-in count of a username, so its owner can sign in again at once."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        clear_username(username)
        self.stdout.write(f"Sign-in unlocked for {username}.")
