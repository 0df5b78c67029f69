"""Admin: who reads contact-form submissions, and the newsletter subscribers report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import NewsletterSubscribersView

SUBMISSIONS_PERMISSION = "wagtailforms.view_formsubmission"


@hooks.register("filter_form_submissions_for_user")
def only_editors_read_submissions(user, editable_forms):
    """Translators may edit their language's contact page but not read what people wrote to it
    (editorial/roles.py): submissions need the permission officers and coordinators have."""
    if user.has_perm(SUBMISSIONS_PERMISSION):
        return editable_forms
    return editable_forms.none()


@hooks.register("register_admin_urls")
def register_newsletter_urls():
    return [
        path("reports/newsletter/", NewsletterSubscribersView.as_view(), name="newsletter_subscribers"),
        path(
            "reports/newsletter/results/",
            NewsletterSubscribersView.as_view(results_only=True),
            name="newsletter_subscribers_results",
        ),
    ]


class NewsletterMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("contact.view_newslettersubscriber")


@hooks.register("register_reports_menu_item")
def register_newsletter_menu_item():
    return NewsletterMenuItem(
        _("Newsletter subscribers"), reverse("newsletter_subscribers"), icon_name="mail", order=800
    )
