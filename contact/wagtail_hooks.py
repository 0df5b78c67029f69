"""Admin: who reads contact-form submissions, and the newsletter subscribers report."""

from wagtail import hooks

from .admin_views import NewsletterSubscribersView

SUBMISSIONS_PERMISSION = "wagtailforms.view_formsubmission"


@hooks.register("filter_form_submissions_for_user")
def only_editors_read_submissions(user, editable_forms):
    """Translators may edit their language's contact page but not read what people wrote to it
    (editorial/roles.py): submissions need the permission officers and coordinators have."""
    if user.has_perm(SUBMISSIONS_PERMISSION):
        return editable_forms
    return editable_forms.none()


NewsletterSubscribersView.register(order=800)
