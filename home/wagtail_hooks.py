"""Admin of the project snippets: partners and topics (the editorial hooks live in editorial/)."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_labels import TranslatedBreadcrumbsMixin
from home.models import Partner, Topic


class PartnerViewSet(TranslatedBreadcrumbsMixin, SnippetViewSet):
    """The project's partner organisations; translatable, so names can follow each language."""

    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "short_name", "country", "role"]
    list_filter = ["country", "role"]
    search_fields = ["name", "short_name"]


class TopicViewSet(TranslatedBreadcrumbsMixin, SnippetViewSet):
    """The translated labels of news tags."""

    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


class ProjectSnippets(SnippetViewSetGroup):
    items = (PartnerViewSet, TopicViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Project")
    menu_name = "project"


register_snippet(ProjectSnippets)
