from django.apps import AppConfig


class CachingConfig(AppConfig):
    """The one page cache (whole anonymous responses keyed by release and content generation)
    and the edge that follows it: what is cached outside the database, and what drops it."""

    name = "caching"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

        from . import checks  # noqa: F401 - registers the system check
        from .generation import content_changed, on_model_change

        # Publishing signals cover what a draft-only save leaves out; model signals cover the
        # rest (snippets without drafts, settings, images, documents, collections, privacy).
        for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
            signal.connect(content_changed, dispatch_uid=f"caching:{id(signal)}")
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(on_model_change, dispatch_uid=f"caching:model:{id(signal)}")
