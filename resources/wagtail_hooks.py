"""Admin for the library: curated lists of frameworks and resources, and the download report."""

from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet, SnippetViewSetGroup
from wagtail_localize.models import TranslationSource

from core.admin_labels import TranslatedBreadcrumbsMixin, updated_column
from editorial.setup import is_editor, translator_languages
from exports.spreadsheet import FormulaSafeCsvMixin

from .admin_views import DownloadReportView
from .facets import facets
from .import_views import import_resources_view, may_import
from .models import Framework, Resource


class ResourceFilterSet(WagtailFilterSet):
    """The resource list's filters: one per library facet (resources/facets.py), plus the year."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built per request, not declared on the class, so the filters follow the registry.
        facet_filters = dict(facet.admin_filter() for facet in facets())
        for name, admin_filter in facet_filters.items():
            admin_filter.field_name = admin_filter.field_name or name
            admin_filter.model, admin_filter.parent = Resource, self
        self.filters = {**facet_filters, **self.filters}

    class Meta:
        model = Resource
        fields = ["publication_year"]


class FormulaSafeIndexView(FormulaSafeCsvMixin, IndexView):
    """The snippet listing whose CSV export cannot run formulas in the reader's spreadsheet."""


class LibraryIndexView(FormulaSafeIndexView):
    """The library listing shows one language unless asked for all (`?locale=`): the source for
    editors, their own for translators. Otherwise every entry is listed once per language."""

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        if "locale" not in kwargs["data"]:
            data = kwargs["data"].copy()
            data["locale"] = default_listing_language(self.request.user)
            kwargs["data"] = data
        return kwargs


def default_listing_language(user):
    own = [] if is_editor(user) else sorted(translator_languages(user))
    return own[0] if own else settings.LANGUAGE_CODE


class LibraryEditView(EditView):
    """A library entry's edit screen, with "Translate" and "Sync translations" for those who may
    send for translation (wagtail-localize's own snippet button does not show under Wagtail 8)."""

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        user = self.request.user
        if not user.has_perm("wagtail_localize.submit_translation"):
            return buttons
        entry, meta = self.object, self.model._meta
        translated = entry.get_translations(inclusive=True).values_list("locale_id", flat=True)
        if Locale.objects.exclude(pk__in=translated).exists():
            url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[meta.app_label, meta.model_name, entry.pk],
            )
            buttons.append(
                Button(_("Translate"), url=url, icon_name="wagtail-localize-language", priority=30)
            )
        source = TranslationSource.objects.get_for_instance_or_none(entry)
        if source is not None and source.translations.filter(enabled=True).exists():
            url = reverse("wagtail_localize:update_translations", args=[source.pk])
            buttons.append(Button(_("Sync translated snippets"), url=url, icon_name="resubmit", priority=40))
        return buttons


class FrameworkViewSet(TranslatedBreadcrumbsMixin, SnippetViewSet):
    model = Framework
    index_view_class = FormulaSafeIndexView
    icon = "crosshairs"
    menu_label = _("Frameworks")
    list_display = ["name", "acronym", "slug", updated_column()]
    list_export = ["slug", "acronym", "name", "official_url", "locale"]
    export_filename = "frameworks"
    search_fields = ["name", "acronym", "description"]


class ResourceViewSet(TranslatedBreadcrumbsMixin, SnippetViewSet):
    model = Resource
    index_view_class = LibraryIndexView
    edit_view_class = LibraryEditView
    icon = "doc-full"
    menu_label = _("Resources")
    list_display = ["title", "resource_type", "slug", "publication_year", updated_column()]
    list_per_page = 50
    filterset_class = ResourceFilterSet
    list_export = [
        "slug",
        "title",
        "resource_type",
        "audiences",
        "eqf_levels",
        "file_languages",
        "publisher",
        "publication_year",
        "licence",
        "locale",
    ]
    export_filename = "resources"


class LibraryViewSetGroup(SnippetViewSetGroup):
    items = (ResourceViewSet, FrameworkViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Library")
    menu_name = "library"
    submenu_hook = "register_library_menu_item"


register_snippet(LibraryViewSetGroup)


DownloadReportView.register(order=900)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("library/import/", import_resources_view, name="resource_import")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_import(request.user)


@hooks.register("register_library_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Import"), reverse("resource_import"), icon_name="upload", order=900)
