"""The contact page and its form fields (contact.ContactPage), translated like the other pages."""

from django.core.management import call_command

from contact.models import ContactFormField, ContactPage
from home.models import HomePage

from .. import data
from ..engine import publish, source_locale, translate_missing


def seed_contact_page(log):
    spec = data.content("contact")
    home = HomePage.objects.get(locale=source_locale(), depth=2)
    page = ContactPage.objects.child_of(home).filter(slug=spec["page"]["slug"]).first()
    if page is None:
        page = ContactPage(
            **spec["page"],
            form_fields=[ContactFormField(locale=source_locale(), **field) for field in spec["fields"]],
        )
        home.add_child(instance=page)
        publish(page)
        log("Created the contact page")
    call_command("sync_locale_trees")
    translate_missing(page, log)
    return page
