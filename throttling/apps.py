from django.apps import AppConfig


class ThrottlingConfig(AppConfig):
    """Limits on what one client may ask: its address, the public forms' rate limit, the sign-in throttle."""

    name = "throttling"

    def ready(self):
        from throttling import login_throttle

        login_throttle.connect_signals()
