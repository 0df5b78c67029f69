"""The newsletter signup form for the footer (no query, no CSRF token: see contact/views.py)."""

from django import template

from contact.newsletter import SignupForm

register = template.Library()


@register.inclusion_tag("contact/footer_newsletter.html")
def newsletter_signup():
    return {"form": SignupForm(auto_id="newsletter-%s")}
