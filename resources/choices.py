"""The library's fixed vocabularies. Stored values are language-neutral keys; labels are translated."""

from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from core.locales import translated_language_name


def eqf_label(level):
    return pgettext("EQF level", "Level %(level)s") % {"level": level}


eqf_label_lazy = lazy(eqf_label, str)

RESOURCE_TYPES = [
    ("guide", _("Guide")),
    ("template", _("Template")),
    ("toolkit", _("Toolkit")),
    ("self-assessment", _("Self-assessment")),
    ("report", _("Report")),
    ("course-material", _("Course material")),
    ("video", _("Video")),
]

AUDIENCES = [
    ("trainers", _("Trainers")),
    ("vet-managers", _("VET managers")),
    ("learners", _("Learners")),
    ("employers", _("Employers")),
    ("policy-makers", _("Policy makers")),
]

EQF_LEVELS = [(str(level), eqf_label_lazy(level)) for level in range(1, 9)]

# The languages a file may be in: the site's languages (settings.LANGUAGES), named in the visitor's.
FILE_LANGUAGES = [(code, translated_language_name(code)) for code, _name in settings.LANGUAGES]
