"""Wagtail's database search backend, whose index also writes the site search's word forms.

settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}. Wagtail's own
index stays as it was (the admin's searches use it); every object it indexes or removes, through a
save, a publish, a bulk fill or `update_index`, is also analysed into search.models.SearchTerm
(search/terms.py), which the site search, the library's search box and the API read
(search/engine.py).
"""

from modelsearch.backends.database import SearchBackend as database_backend


class WordFormsIndexMixin:
    def add_item(self, item):
        from .terms import index_objects

        super().add_item(item)
        index_objects([item])

    def add_items(self, model, items):
        from .terms import index_objects

        super().add_items(model, items)
        index_objects(items)

    def delete_item(self, item):
        from .terms import unindex_object

        super().delete_item(item)
        unindex_object(item)


_index_classes = {}


def SearchBackend(params):  # the name Wagtail looks up in a backend module
    backend = database_backend(params)
    base = backend.index_class
    if base not in _index_classes:
        _index_classes[base] = type(f"WordForms{base.__name__}", (WordFormsIndexMixin, base), {})
    backend.index_class = _index_classes[base]
    return backend
