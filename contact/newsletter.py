"""Newsletter signup with double opt-in and one-click unsubscribe, by signed links.

A signup stores the address and language unconfirmed and mails a confirmation link; only a
confirmed address is on the list. Links carry the address signed with the site's key
(django.core.signing), so nothing else needs storing: a confirmation link lasts
CONFIRMATION_MAX_AGE, an unsubscribe link as long as the key. Every mail to a subscriber carries
List-Unsubscribe and List-Unsubscribe-Post (RFC 8058), so mail programs offer one-click unsubscribe.
"""

from django import forms
from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.public_origin import public_origin

from .public_forms import HoneypotForm, send_or_log

CONFIRMATION_MAX_AGE = 60 * 60 * 24 * 7
_CONFIRM_SALT = "vetweb.newsletter.confirm"
_UNSUBSCRIBE_SALT = "vetweb.newsletter.unsubscribe"


class SignupForm(HoneypotForm):
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)

    field_order = ["email", "website"]


def confirmation_token(email):
    return signing.dumps(email.lower(), salt=_CONFIRM_SALT)


def unsubscribe_token(email):
    return signing.dumps(email.lower(), salt=_UNSUBSCRIBE_SALT)


def email_from_confirmation(token):
    """The address a confirmation link was made for, or None (bad, tampered or expired)."""
    try:
        return signing.loads(token, salt=_CONFIRM_SALT, max_age=CONFIRMATION_MAX_AGE)
    except signing.BadSignature:
        return None


def email_from_unsubscribe(token):
    try:
        return signing.loads(token, salt=_UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None


def absolute(request, name, token, language):
    with translation.override(language):
        path = reverse(name, args=[token])
    return public_origin(request) + path


def unsubscribe_headers(request, email, language):
    """RFC 2369 / RFC 8058 headers: mail programs show an unsubscribe button that POSTs the link."""
    url = absolute(request, "newsletter:unsubscribe", unsubscribe_token(email), language)
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def send_confirmation(request, subscriber):
    """The double opt-in mail, in the subscriber's language."""
    language = subscriber.language
    context = {
        "confirm_url": absolute(
            request, "newsletter:confirm", confirmation_token(subscriber.email), language
        ),
        "days": CONFIRMATION_MAX_AGE // (60 * 60 * 24),
    }
    with translation.override(language):
        subject = gettext("Please confirm your subscription to the VET-WEB newsletter")
        body = render_to_string("contact/newsletter_confirmation_email.txt", context)
    send_or_log(
        EmailMessage(
            subject=subject,
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[subscriber.email],
            headers=unsubscribe_headers(request, subscriber.email, language),
        )
    )
