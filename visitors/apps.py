from django.apps import AppConfig


class VisitorsConfig(AppConfig):
    """Counting visitors for the funder's statistics without storing anything about them."""

    name = "visitors"
