"""Admin for the library: curated lists of frameworks and resources, and the download report."""

import django_filters

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from ops.spreadsheet import FormulaSafeCsvMixin

from .admin_views import DownloadReportView
from .choices import AUDIENCES, EQF_LEVELS, RESOURCE_TYPES
from .fields import SEPARATOR
from .models import Framework, Resource


def contains_key(queryset, name, value):
    return queryset.filter(**{f"{name}__contains": f"{SEPARATOR}{value}{SEPARATOR}"}) if value else queryset


class ResourceFilterSet(WagtailFilterSet):
    resource_type = django_filters.ChoiceFilter(label=_("Resource type"), choices=RESOURCE_TYPES)
    audiences = django_filters.ChoiceFilter(
        label=_("Target audience"), choices=AUDIENCES, method=contains_key
    )
    eqf_levels = django_filters.ChoiceFilter(label=_("EQF level"), choices=EQF_LEVELS, method=contains_key)
    framework = django_filters.CharFilter(
        label=_("Framework (slug)"), field_name="framework_links__framework__slug", distinct=True
    )
    tag = django_filters.CharFilter(label=_("Tag"), field_name="tags__name", distinct=True)

    class Meta:
        model = Resource
        fields = ["resource_type", "audiences", "eqf_levels", "publication_year"]


class FormulaSafeIndexView(FormulaSafeCsvMixin, IndexView):
    """The snippet listing whose CSV export cannot run formulas in the reader's spreadsheet."""


class FrameworkViewSet(SnippetViewSet):
    model = Framework
    index_view_class = FormulaSafeIndexView
    icon = "crosshairs"
    menu_label = _("Frameworks")
    list_display = ["name", "acronym", "slug", UpdatedAtColumn()]
    list_export = ["slug", "acronym", "name", "official_url", "locale"]
    export_filename = "frameworks"
    search_fields = ["name", "acronym", "description"]


class ResourceViewSet(SnippetViewSet):
    model = Resource
    index_view_class = FormulaSafeIndexView
    icon = "doc-full"
    menu_label = _("Resources")
    list_display = ["title", "resource_type", "slug", "publication_year", UpdatedAtColumn()]
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
        "external_url",
        "document",
        "locale",
    ]
    export_filename = "resources"


class LibraryViewSetGroup(SnippetViewSetGroup):
    items = (ResourceViewSet, FrameworkViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Library")
    menu_name = "library"


register_snippet(LibraryViewSetGroup)


@hooks.register("register_admin_urls")
def register_download_report_urls():
    return [
        path("reports/resource-downloads/", DownloadReportView.as_view(), name="resource_downloads"),
        path(
            "reports/resource-downloads/results/",
            DownloadReportView.as_view(results_only=True),
            name="resource_downloads_results",
        ),
    ]


class DownloadReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("resources.change_resource")


@hooks.register("register_reports_menu_item")
def register_download_report_menu_item():
    return DownloadReportMenuItem(
        _("Resource downloads"), reverse("resource_downloads"), icon_name="download", order=900
    )
