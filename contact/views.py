"""The newsletter's public views: sign up, confirm, unsubscribe.

They take no CSRF token (csrf_exempt), so the footer's signup form keeps every page cacheable
and compressible (caching/pages.py, vetweb_site/compression.py skip pages that set the CSRF
cookie). That is safe here: a forged signup only sends a confirmation mail to that address, and
confirming or unsubscribing needs the signed token from the mail. Confirming and unsubscribing
happen on POST only, because mail scanners open the links in a mail (GET shows a button).
The signup page is cached like any page (it holds nothing personal; POST answers never are);
confirm and unsubscribe pages are never cached: they answer one visitor's link.
"""

from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .models import NewsletterSubscriber
from .newsletter import SignupForm, email_from_confirmation, email_from_unsubscribe, send_confirmation
from .public_forms import after_response, rate_limit_message, take_a_turn

TEMPLATE = "contact/newsletter_page.html"


def _render(request, step, status=200, **context):
    return TemplateResponse(request, TEMPLATE, {"step": step, **context}, status=status)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def signup(request):
    """The signup form (also shown in the footer); a valid address gets a confirmation mail."""
    if request.method == "GET":
        return _render(request, "signup", form=SignupForm())
    form = SignupForm(request.POST)
    if not form.is_valid():
        return _render(request, "signup", form=form)
    if form.is_spam:
        return _render(request, "check-inbox")
    if not take_a_turn(request, "newsletter"):
        form.add_error(None, rate_limit_message())
        return _render(request, "signup", status=429, form=form)
    NewsletterSubscriber.forget_unconfirmed()
    subscriber, _created = NewsletterSubscriber.objects.get_or_create(
        email=form.cleaned_data["email"].lower(), defaults={"language": translation.get_language()}
    )
    response = _render(request, "check-inbox")
    if subscriber.confirmed_at is None:  # an address already on the list gets no mail (and no hint)
        subscriber.language = translation.get_language()
        subscriber.save(update_fields=["language"])
        # After the response: its timing must not tell a new address from a confirmed one.
        after_response(response, lambda: send_confirmation(request, subscriber))
    return response


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    email = email_from_confirmation(token)
    subscriber = NewsletterSubscriber.objects.filter(email=email).first() if email else None
    if subscriber is None:
        return _render(request, "invalid-link", status=404)
    if request.method == "GET":
        return _render(request, "confirm", subscriber=subscriber)
    if subscriber.confirmed_at is None:
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["confirmed_at"])
    return _render(request, "confirmed", subscriber=subscriber)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET asks; POST (the button, or a mail program's one-click request) deletes the address."""
    email = email_from_unsubscribe(token)
    if email is None:
        return _render(request, "invalid-link", status=404)
    if request.method == "GET":
        return _render(request, "unsubscribe", email=email)
    NewsletterSubscriber.objects.filter(email=email).delete()
    return _render(request, "unsubscribed", email=email)
