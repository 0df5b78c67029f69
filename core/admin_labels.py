"""Wagtail admin labels that Wagtail translates once, at start-up, so every editor reads them in
English: the same labels, translated in each editor's language when shown."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import UpdatedAtColumn


class TranslatedBreadcrumbsMixin:
    """For a SnippetViewSet: Wagtail's snippet breadcrumbs start with "Home" translated once, at
    start-up (so in English); the same link, labelled in each editor's language."""

    @property
    def breadcrumbs_items(self):
        home, *rest = super().breadcrumbs_items
        return [{**home, "label": _("Home")}, *rest]


def updated_column():
    """Wagtail's "Updated" listing column, labelled lazily: its own label is translated once, when
    the module that builds it is imported, so it would read in English for every editor."""
    return UpdatedAtColumn(label=_("Updated"))
