from django.apps import AppConfig


class CachingConfig(AppConfig):
    """What is cached outside the database, and what drops it: the edge (caching/edge.py)."""

    name = "caching"

    def ready(self):
        from . import edge

        edge.connect_signals()
