"""Translations go live only by someone who may publish them in that language.

wagtail-localize checks less than that: its "Sync translated pages/snippets" view publishes every
language when *Publish* is ticked, checking only `submit_translation`, and "Convert to alias" and
"Start Synced translation" check only the right to edit. This middleware stands in front of those
views (as translator_access.py does), so officers' syncs update drafts and live pages change only
by a publisher of their language. wagtail-localize itself is not patched.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from .permissions import can_publish, can_publish_translation, is_staff_request

SYNC_VIEW = "wagtail_localize:update_translations"
CONVERT_TO_ALIAS_VIEW = "wagtail_localize:convert_to_alias"
PAGE_EDIT_VIEW = "wagtailadmin_pages:edit"
LIVE_CHANGING_EDIT_ACTIONS = ("localize-convert-to-alias", "localize-restart-translation")


class TranslationPublishingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_staff_request(request) or not request.user.is_authenticated:
            return None
        match = request.resolver_match
        if match.view_name == SYNC_VIEW and request.method == "POST":
            return sync_as_drafts_unless_publisher(request, view_kwargs["translation_source_id"])
        if match.view_name == CONVERT_TO_ALIAS_VIEW:
            return refuse_unless_publisher(request, view_kwargs["page_id"])
        if match.view_name == PAGE_EDIT_VIEW and changes_live_page(request):
            return refuse_unless_publisher(request, view_kwargs["page_id"])
        return None


def changes_live_page(request):
    return request.method == "POST" and any(action in request.POST for action in LIVE_CHANGING_EDIT_ACTIONS)


def sync_as_drafts_unless_publisher(request, source_id):
    """Drop *Publish* from a sync when the user may not publish every language it would publish."""
    if not request.POST.get("publish_translations"):
        return None
    source = get_object_or_404(TranslationSource, pk=source_id)
    translations = source.translations.filter(enabled=True).select_related("target_locale", "source")
    refused = [t.target_locale for t in translations if not can_publish_translation(request.user, t)]
    if not refused:
        return None
    data = request.POST.copy()
    data.pop("publish_translations")
    request.POST = data
    messages.warning(
        request,
        _(
            "You may not publish in %(languages)s: the translations are updated as drafts, "
            "and the translators of each language publish them."
        )
        % {"languages": ", ".join(locale.get_display_name() for locale in refused)},
    )
    return None


def refuse_unless_publisher(request, page_id):
    """Turning a translation back into an alias, or restarting it, changes the live page."""
    page = get_object_or_404(Page, pk=page_id).specific
    if can_publish(request.user, page):
        return None
    messages.error(
        request,
        _(
            "Only someone who may publish the %(language)s page can turn it back into a copy of the "
            "source or restart its translation."
        )
        % {"language": page.locale.get_display_name()},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def submit_for_approval(objects, user):
    """Start the approval workflow on these drafts (imported, for instance), so they wait on the
    coordinator's dashboard; returns [(object, its edit URL)] of those now in moderation."""
    submitted = []
    for obj in objects:
        workflow = obj.get_workflow()
        if workflow is None or not workflow.active:
            continue
        if not obj.workflow_in_progress:
            workflow.start(obj, user)
        meta = obj._meta
        url = reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[obj.pk])
        submitted.append((obj, url))
    return submitted


def mirrors_of(page):
    """Aliases in other languages of this page and of the pages below it."""
    return Page.objects.filter(alias_of__path__startswith=page.path, alias_of__depth__gte=page.depth).exclude(
        locale_id=page.locale_id
    )
