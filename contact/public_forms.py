"""What every form the public posts shares: a honeypot field and a rate limit per visitor address.

No third-party captcha: a field people never see (`website`) catches the bots that fill every
input, and each visitor address may send PUBLIC_FORM_LIMIT accepted forms per
PUBLIC_FORM_WINDOW_SECONDS per form. The count is taken atomically (cache add/incr) before anything
is stored or sent, by the counter the admin sign-in throttle uses too (ops/rate_limit.py), keyed by
a keyed hash of the address, so no address is kept.
"""

import logging
import smtplib

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ops import rate_limit

HONEYPOT = "website"
logger = logging.getLogger(__name__)


class HoneypotForm(forms.Form):
    """A form with the hidden `website` field; a filled one marks the post as a bot's."""

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


def send_or_log(message):
    """Send a form's mail; if the mail server fails, log it instead of failing the visitor's post
    (what they sent is already stored for officers: contact submissions, network entries)."""
    try:
        message.send()
    except (OSError, smtplib.SMTPException):
        logger.exception("Could not send the mail %r to %s", message.subject, message.to)
