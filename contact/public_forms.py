"""What every form the public posts shares: a honeypot field and a rate limit per visitor address.

No third-party captcha: a field people never see (`website`) catches the bots that fill every
input, and each visitor address may send PUBLIC_FORM_LIMIT accepted forms per
PUBLIC_FORM_WINDOW_SECONDS per form. The count is taken atomically (cache add/incr) before anything
is stored or sent, by the counter the admin sign-in throttle uses too (throttling/rate_limit.py), keyed by
a keyed hash of the address, so no address is kept.

Text fields refuse control characters (a line break in a one-line field, any other C0 character
anywhere) with a clear message: they break mail headers and spreadsheet exports downstream.
"""

import logging
import re
import smtplib

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import BadHeaderError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from throttling import rate_limit

HONEYPOT = "website"
logger = logging.getLogger(__name__)


# C0 controls and DEL; tab, LF and CR are allowed in multi-line fields only.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"[\r\n\t\x85\u2028\u2029]")


def refuse_control_characters(single_line):
    """A field validator: no control characters, and no line breaks in a one-line field."""

    def validate(value):
        if not isinstance(value, str):
            return
        if _CONTROLS.search(value) or (single_line and _LINE_BREAKS.search(value)):
            raise ValidationError(
                _("Remove the invisible control characters or line breaks from this field."),
                code="control_characters",
            )

    return validate


def guard_text_fields(form):
    """Add refuse_control_characters to every text field of `form` (its own copies of the fields)."""
    for field in form.fields.values():
        if isinstance(field, forms.CharField):
            field.validators.append(refuse_control_characters(not isinstance(field.widget, forms.Textarea)))


class CleanTextMixin:
    """For any public form (also ModelForms): its text fields refuse control characters."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        guard_text_fields(self)


class HoneypotForm(CleanTextMixin, forms.Form):
    """A form with the hidden `website` field; a filled one marks the post as a bot's. Its text
    fields refuse control characters (CleanTextMixin)."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_spam(self):
        return bool(self.is_bound and (self.data.get(HONEYPOT) or "").strip())

    def visible_data(self):
        """The cleaned data without the honeypot (what is stored and sent)."""
        return {name: value for name, value in self.cleaned_data.items() if name != HONEYPOT}


def take_a_turn(request, scope):
    """Count one accepted post of `scope` from this visitor; False once they are over the limit."""
    return rate_limit.take_a_turn(
        request, f"public-form:{scope}", settings.PUBLIC_FORM_LIMIT, settings.PUBLIC_FORM_WINDOW_SECONDS
    )


def rate_limit_message():
    minutes = max(1, settings.PUBLIC_FORM_WINDOW_SECONDS // 60)
    return gettext(
        "You have sent this form several times in a short while. Please wait %(minutes)s minutes "
        "and send it again; what you wrote is kept below."
    ) % {"minutes": minutes}


def after_response(response, job):
    """Run `job` (a mail) once `response` has been sent: the WSGI server closes a response after
    its last byte, and Django runs the response's closers then. No thread and no worker; the
    visitor's wait, and so what it could tell about an address, no longer includes the mail."""
    response._resource_closers.append(job)  # what FileResponse uses to close its file
    return response


def one_line(text):
    """A mail subject on one line with single spaces, none at either end."""
    return " ".join(str(text).split())


def send_or_log(message):
    """Send a form's mail; if the mail server fails, log it instead of failing the visitor's post
    (what they sent is already stored for officers: contact submissions, network entries). The
    subject is put on one line first: a line break in it would refuse the whole mail."""
    message.subject = one_line(message.subject)
    try:
        message.send()
    except (OSError, smtplib.SMTPException, BadHeaderError):
        logger.exception("Could not send the mail %r to %s", message.subject, message.to)
