"""Editorial roles and the approval workflow, kept in one place and applied idempotently.

- Communication officers write and edit pages, news, events and library entries, manage tags,
  images, documents and search promotions, send content for translation; they cannot publish:
  their changes go to the "Coordinator approval" workflow.
- Coordinators approve (publish) pages and snippets.
- "Translators (<code>)" edit and publish the translations in their own language only (page
  permissions on that language's home page; for snippets, whose permissions are per model, the
  boundary in translator_access.py); they cannot touch the English source.
- Wagtail's default "Moderators" and "Editors" groups lose every permission (and go, if empty):
  membership in them would bypass the Coordinator approval workflow.

What each role may do is declared once in editorial/roles.py (the table in docs/roles.md and the tests come from it).

The groups come from migration home/0003; permissions are (re)granted after every `migrate` and by
`seed_site`, by codename for the models that exist, so apps merged later are covered automatically.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import models

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    TranslatableMixin,
    Workflow,
    WorkflowContentType,
    WorkflowMixin,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.snippets.models import get_snippet_models

COMMUNICATION_OFFICERS = "Communication officers"
COORDINATORS = "Coordinators"
TRANSLATORS = "Translators ({code})"
WORKFLOW_NAME = "Coordinator approval"
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"
WAGTAIL_DEFAULT_GROUPS = ["Moderators", "Editors"]
CONTENT_APPS = {"home", "resources", "events", "search", "network"}

ADMIN_ACCESS = ["wagtailadmin.access_admin"]
EDITOR_MODEL_PERMISSIONS = [
    "taggit.add_tag",
    "taggit.change_tag",
    "taggit.delete_tag",
    "wagtail_localize.submit_translation",
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
    "wagtailsearchpromotions.delete_searchpromotion",
    "search.view_searchquerylog",
    "demand.view_translationrequest",
    "demand.view_reusereport",
    "demand.change_reusereport",
    # Contact-form messages and the newsletter list: officers and coordinators (editorial/roles.py).
    "wagtailforms.view_formsubmission",
    "contact.view_newslettersubscriber",
]
MEDIA_PERMISSIONS = [
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
]
PAGE_PERMISSIONS = {
    COMMUNICATION_OFFICERS: ["add_page", "change_page"],
    COORDINATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
TRANSLATOR_PAGE_PERMISSIONS = ["change_page", "publish_page"]


def translator_group_name(language_code):
    return TRANSLATORS.format(code=language_code)


def translation_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]


def content_snippet_models():
    """Snippet models of the site's own apps (resources, frameworks, partners, topics, ...)."""
    return [model for model in get_snippet_models() if model._meta.app_label in CONTENT_APPS]


def _permissions(labels):
    """Permission objects for "app_label.codename" labels that exist; unknown ones are skipped."""
    query = models.Q(pk__in=[])
    for label in labels:
        app_label, codename = label.split(".", 1)
        query |= models.Q(content_type__app_label=app_label, codename=codename)
    return list(Permission.objects.filter(query))


def _snippet_permissions(actions, *, translatable_only=False):
    labels = []
    for model in content_snippet_models():
        if translatable_only and not issubclass(model, TranslatableMixin):
            continue
        labels += [f"{model._meta.app_label}.{action}_{model._meta.model_name}" for action in actions]
    return labels


def _grant_pages(group, page, codenames):
    page_type = ContentType.objects.get_for_model(Page)
    for permission in Permission.objects.filter(content_type=page_type, codename__in=codenames):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _grant_media(group):
    root = Collection.get_first_root_node()
    for permission in _permissions(MEDIA_PERMISSIONS):
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)


def ensure_editorial_setup():
    """Grant each role its permissions and attach the approval workflow; safe to run any time."""
    root = Page.get_first_root_node()
    if root is None:
        return
    officers, _created = Group.objects.get_or_create(name=COMMUNICATION_OFFICERS)
    coordinators, _created = Group.objects.get_or_create(name=COORDINATORS)
    officers.permissions.add(
        *_permissions(ADMIN_ACCESS + EDITOR_MODEL_PERMISSIONS + _snippet_permissions(["add", "change"]))
    )
    coordinators.permissions.add(
        *_permissions(
            ADMIN_ACCESS
            + EDITOR_MODEL_PERMISSIONS
            + _snippet_permissions(["add", "change", "publish", "delete", "lock", "unlock"])
        )
    )
    for group in (officers, coordinators):
        _grant_pages(group, root, PAGE_PERMISSIONS[group.name])
        _grant_media(group)
    for code in translation_languages():
        ensure_translator_group(code)
    workflow = ensure_workflow(root, coordinators)
    ensure_snippet_workflow(workflow)
    empty_wagtail_default_groups()


def ensure_translator_group(language_code):
    """Translators of one language: its page tree, and the translatable snippets (see wagtail_hooks)."""
    group, _created = Group.objects.get_or_create(name=translator_group_name(language_code))
    group.permissions.add(
        *_permissions(ADMIN_ACCESS + _snippet_permissions(["change", "publish"], translatable_only=True))
    )
    for home in Page.objects.filter(depth=2, locale__language_code=language_code):
        _grant_pages(group, home, TRANSLATOR_PAGE_PERMISSIONS)
    return group


def ensure_workflow(root, coordinators):
    """Every page change by someone who cannot publish waits for a coordinator's approval."""
    task = GroupApprovalTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=WORKFLOW_NAME)
        task.groups.set([coordinators])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    # Wagtail's installer attaches its own "Moderators approval" to the root; ours replaces only that.
    assigned = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if assigned is None:
        WorkflowPage.objects.create(page=root, workflow=workflow)
    elif assigned.workflow.name == WAGTAIL_DEFAULT_WORKFLOW:
        assigned.workflow = workflow
        assigned.save(update_fields=["workflow"])
    return workflow


def ensure_snippet_workflow(workflow):
    """Library entries, frameworks, partners and topics wait for approval too (unless already assigned)."""
    for model in content_snippet_models():
        if issubclass(model, WorkflowMixin):
            content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
            WorkflowContentType.objects.get_or_create(
                content_type=content_type, defaults={"workflow": workflow}
            )


def empty_wagtail_default_groups():
    """Strip Wagtail's installer groups of every permission; delete them when nobody is in them."""
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
        group.permissions.clear()
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        if not group.user_set.exists():
            group.delete()


def translator_languages(user):
    """Language codes a user translates, from their "Translators (<code>)" groups."""
    names = {translator_group_name(code): code for code in translation_languages()}
    return {names[name] for name in user.groups.values_list("name", flat=True) if name in names}


def is_editor(user):
    """Superusers, communication officers and coordinators work on every language."""
    return user.is_superuser or user.groups.filter(name__in=[COMMUNICATION_OFFICERS, COORDINATORS]).exists()
