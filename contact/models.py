"""The contact page (Wagtail's form builder, translated like other pages) and newsletter subscribers."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.forms.models import AbstractFormField, FormMixin, FormSubmission
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.pages import BasePage, IntroPage

from .public_forms import HoneypotForm, rate_limit_message, send_or_log, take_a_turn

# How long messages sent through the contact form are kept (the privacy notice says so).
SUBMISSION_RETENTION = timedelta(days=365)


class ContactFormField(TranslatableMixin, AbstractFormField):
    """A field of the contact form; its label and help text are translated, its key is shared."""

    page = ParentalKey("contact.ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),  # one key in every language: submissions read alike
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("Form field")


class ContactPage(FormMixin, IntroPage):
    """Write to the project: the message goes to CONTACT_EMAIL and is kept for officers.

    A honeypot field and a per-address rate limit keep bots out (contact/public_forms.py); a post
    caught by the honeypot gets the thank-you page but is neither stored nor sent.
    """

    thank_you_text = models.TextField(
        _("Thank-you text"), blank=True, help_text=_("Shown after a message has been sent.")
    )

    content_panels = [
        *BasePage.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Contact page")

    def get_submissions_list_view_class(self):
        from .admin_views import SafeSubmissionsListView  # admin views load after the models

        return SafeSubmissionsListView

    def get_form_class(self):
        return type("ContactForm", (super().get_form_class(), HoneypotForm), {})

    def serve(self, request, *args, **kwargs):
        # The page carries this visitor's CSRF token, and the page cache runs before the CSRF
        # middleware sets its cookie: only a Cache-Control of its own keeps the page out of it.
        response = self.serve_form(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    def serve_form(self, request, *args, **kwargs):
        # Wagtail's form pages see the request only in serve(); the rate limit needs its address.
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if form.is_valid():
            if form.is_spam:
                return self.render_landing_page(request, None)
            if take_a_turn(request, "contact"):
                return self.render_landing_page(request, self.process_form_submission(form))
            form.add_error(None, rate_limit_message())
        context = self.get_context(request)
        context["form"] = form
        status = 429 if form.non_field_errors() else 200
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def process_form_submission(self, form):
        data = form.visible_data()
        FormSubmission.objects.filter(submit_time__lt=timezone.now() - SUBMISSION_RETENTION).delete()
        submission = FormSubmission.objects.create(form_data=data, page=self)
        self.send_to_project(data)
        return submission

    def send_to_project(self, data):
        """One plain-text mail to the project's mailbox, replying to the sender's address."""
        language = translation.get_language()
        fields = list(self.get_form_fields())
        labels = {field.clean_name: field.label for field in fields}
        lines = [f"{labels.get(name, name)}: {value}" for name, value in data.items()]
        reply_to = [data[f.clean_name] for f in fields if f.field_type == "email" and data.get(f.clean_name)][
            :1
        ]
        with translation.override(settings.LANGUAGE_CODE):
            subject = gettext("Message from the contact form (%(language)s)") % {"language": language}
        send_or_log(
            EmailMessage(
                subject=subject,
                body="\n\n".join(lines),
                to=[settings.CONTACT_EMAIL],
                reply_to=reply_to,
            )
        )


class NewsletterSubscriber(models.Model):
    """One address on the newsletter list: only the address, its language and when it was confirmed.

    An address counts only once confirmed (double opt-in); unconfirmed ones are forgotten after
    UNCONFIRMED_RETENTION, and unsubscribing deletes the row.
    """

    UNCONFIRMED_RETENTION = timedelta(days=7)

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    class Meta:
        verbose_name = _("Newsletter subscriber")
        verbose_name_plural = _("Newsletter subscribers")
        ordering = ["email"]

    def __str__(self):
        return self.email

    @classmethod
    def forget_unconfirmed(cls):
        cls.objects.filter(
            confirmed_at__isnull=True, created_at__lt=timezone.now() - cls.UNCONFIRMED_RETENTION
        ).delete()
