"""The ground floor's base for moderated snippets: drafts, revisions, locking, workflow, as pages have."""

from django.db import models

from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin


class ModeratedSnippet(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """A snippet whose changes wait for a coordinator's approval, as page changes do.

    The database row is the live version (`live` says whether it is public); edits by someone who
    may not publish are revisions until approved. Public querysets filter on `live=True`.
    """

    class Meta:
        abstract = True
