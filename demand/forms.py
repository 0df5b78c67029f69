"""The public "I used this tool" form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from contact.public_forms import CleanTextMixin

from .reuse import ReuseReport


class ReuseReportForm(CleanTextMixin, forms.ModelForm):
    class Meta:
        model = ReuseReport
        fields = ["country", "organisation_type", "learners", "comment"]
        labels = {
            "country": _("Where was it used?"),
            "organisation_type": _("Type of organisation"),
            "learners": _("With how many learners?"),
            "comment": _("Comment (optional, shown after moderation)"),
        }
        widgets = {
            "learners": forms.NumberInput(attrs={"min": 1, "max": 100000}),
            "comment": forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
        }
