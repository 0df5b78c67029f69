"""Admin template helpers: show a role only the actions it may take."""

from django import template
from django.urls import reverse

from wagtail.admin.templatetags.wagtailadmin_tags import bulk_action_choices
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

register = template.Library()

PUBLISHING = ("publish", "unpublish")


def may_publish(user, app_label, model_name):
    """Whether the user may publish anything of this model (pages: anywhere in the tree)."""
    if app_label == "wagtailcore" and model_name == "page":
        return PagePermissionPolicy(Page).user_has_permission(user, "publish")
    return user.has_perm(f"{app_label}.publish_{model_name}")


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def permitted_bulk_action_choices(context, app_label, model_name):
    """Wagtail's bulk actions less Publish and Unpublish for users who may publish none of them
    (officers): Wagtail offers every action to everyone, then refuses them one object at a time."""
    choices = bulk_action_choices(context, app_label, model_name)
    if may_publish(context["request"].user, app_label, model_name):
        return choices
    refused = {reverse("wagtail_bulk_action", args=[app_label, model_name, name]) for name in PUBLISHING}
    buttons = [button for button in choices["buttons"] if getattr(button, "url", None) not in refused]
    for button in buttons:
        if hasattr(button, "dropdown_buttons"):
            button.dropdown_buttons = [b for b in button.dropdown_buttons if b.url not in refused]
    return {**choices, "buttons": buttons}
