from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site: its content as data files, the seed that builds it, and the benchmark filler."""

    name = "demo"
    verbose_name = "Demo content"
