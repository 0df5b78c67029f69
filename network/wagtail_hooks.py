"""Admin: the network members, applications (unpublished entries) first."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_labels import TranslatedBreadcrumbsMixin

from .models import NetworkMember


class NetworkMemberViewSet(TranslatedBreadcrumbsMixin, SnippetViewSet):
    """Applications arrive as unpublished entries: filter on "live" to review them."""

    model = NetworkMember
    icon = "group"
    menu_label = _("Network members")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "organisation_type", "city", "applied_at"]
    list_filter = ["organisation_type", "city", "live"]
    search_fields = ["name", "services"]
    ordering = ["live", "-applied_at", "name"]


register_snippet(NetworkMemberViewSet)
