"""The "join the network" form: an organisation applies, officers review the unpublished entry.

The entry is created in the source language (English) as a draft, whatever language the applicant
wrote in (the form says so): officers complete it, a coordinator publishes it, translators
translate it like any entry. The applicant gets a confirmation in their language; the project's
mailbox (CONTACT_EMAIL) is told. Honeypot and rate limit as for every public form.
"""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from contact.public_forms import HoneypotForm, rate_limit_message, send_or_log, take_a_turn

from .models import NetworkMember, OrganisationType
from .places import CITY_CHOICES

APPLICATION_RETENTION = timedelta(days=365)


class JoinForm(HoneypotForm):
    name = forms.CharField(label=_("Name of the organisation"), max_length=200)
    organisation_type = forms.ChoiceField(label=_("Type"), choices=OrganisationType.choices)
    city = forms.ChoiceField(label=_("Town or city"), choices=CITY_CHOICES)
    services = forms.CharField(
        label=_("Services offered"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What you offer trainers, learners or employers, in a few sentences."),
    )
    # Not "website": that is the honeypot's name on every public form (contact/public_forms.py).
    web_address = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    contact_email = forms.EmailField(
        label=_("Contact e-mail"),
        help_text=_("We write to you here about your application; it is not published."),
    )

    field_order = ["name", "organisation_type", "city", "services", "web_address", "contact_email"]


def handle_application(directory, request):
    if request.method != "POST":
        return directory.render_join(request, JoinForm())
    form = JoinForm(request.POST)
    if not form.is_valid():
        return directory.render_join(request, form)
    if form.is_spam:
        return directory.render_join(request, None, done=True)
    if not take_a_turn(request, "network"):
        form.add_error(None, rate_limit_message())
        return directory.render_join(request, form, status=429)
    member = create_draft_entry(form.cleaned_data)
    send_confirmation(member, translation.get_language())
    tell_the_project(member)
    return directory.render_join(request, None, done=True)


def forget_old_applications():
    """Applications never published are deleted after APPLICATION_RETENTION (the privacy notice says so)."""
    NetworkMember.objects.filter(
        live=False, first_published_at__isnull=True, applied_at__lt=timezone.now() - APPLICATION_RETENTION
    ).delete()


def create_draft_entry(data):
    forget_old_applications()
    member = NetworkMember(
        locale=Locale.get_default(),
        name=data["name"],
        organisation_type=data["organisation_type"],
        city=data["city"],
        services=data["services"],
        website=data["web_address"],
        contact_email=data["contact_email"],
        applied_at=timezone.now(),
        live=False,
        has_unpublished_changes=True,
    )
    member.save()
    member.save_revision()  # so the admin shows it as a draft with a history
    return member


def send_confirmation(member, language):
    with translation.override(language):
        subject = gettext("Your application to the VET-WEB network")
        body = render_to_string("network/application_received_email.txt", {"member": member})
    send_or_log(EmailMessage(subject=subject, body=body, to=[member.contact_email]))


def tell_the_project(member):
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("New application to the network: %(name)s") % {"name": member.name}
        body = render_to_string("network/application_received_email.txt", {"member": member, "staff": True})
    send_or_log(
        EmailMessage(subject=subject, body=body, to=[settings.CONTACT_EMAIL], reply_to=[member.contact_email])
    )
