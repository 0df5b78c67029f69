"""The files of a library entry: one document or link per language the file itself exists in.

Which languages an entry's file exists in is never typed beside it: it is the set of ResourceFile
rows (the entry page, the File language facet, packs, the API and the Erasmus+ export read them).
The rows are synchronised, not translated: an editor attaches every language's file on the
source-language entry and wagtail-localize copies the set to each translation when it syncs.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from resources.choices import FILE_LANGUAGES


def language_order(code):
    """Where a language comes in lists of files: the site's order (English first)."""
    codes = [code for code, _name in settings.LANGUAGES]
    return codes.index(code) if code in codes else len(codes)


class ResourceFile(Orderable):
    """The file of a resource in one language: an uploaded document or a link to it elsewhere."""

    resource = ParentalKey("resources.Resource", related_name="files", on_delete=models.CASCADE)
    language = models.CharField(_("language of the file"), max_length=10, choices=FILE_LANGUAGES)
    # Deleting the document deletes this row: a language without its file must not be claimed.
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.URLField(_("or a link to it"), blank=True, max_length=500)

    panels = [FieldPanel("language"), FieldPanel("document"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")
        ordering = ["sort_order", "pk"]  # a fixed order for files added outside the admin too
        constraints = [
            models.UniqueConstraint(fields=["resource", "language"], name="one_file_per_language"),
        ]

    def __str__(self):
        return f"{self.language}: {self.document or self.url}"

    def clean(self):
        if bool(self.document_id) == bool(self.url):
            raise ValidationError(_("Attach a document or give a link, one of the two."))

    @property
    def host(self):
        """Where a link leads, named before the visitor leaves the site."""
        return urlsplit(self.url).hostname or "" if self.url else ""

    @property
    def size(self):
        return self.document.file_size if self.document_id else None

    @property
    def extension(self):
        return (self.document.file_extension or "").lower() if self.document_id else ""

    @property
    def target(self):
        """Where the download sends the visitor."""
        return self.document.url if self.document_id else self.url
