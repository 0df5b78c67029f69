"""Slow down password guessing on the admin sign-in.

Every attempt is counted before the password is checked, with the cache's atomic add/incr, once
per username (LOGIN_FAILURE_LIMIT) and once per client address (LOGIN_ADDRESS_FAILURE_LIMIT, which
stops password spraying over many usernames). An attempt past either limit is refused without
checking the password, for LOGIN_LOCKOUT_SECONDS after the last attempt; parallel requests cannot
slip past because each one takes its number before authenticating. A successful sign-in clears
its username's count. The address comes from throttling.client (a forwarded header only when
TRUSTED_PROXY_COUNT says proxies are in front). Counters are keyed by a keyed hash: no raw
address or username is kept. A locked-out user can still reset the password by e-mail (or an
admin can set one, or run `manage.py unlock_sign_in <username>`): a new password clears the lock.
"""

import contextlib

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext, ngettext

from wagtail.admin.forms.auth import LoginForm

from caching.backend import CacheUnavailable
from throttling.client import client_address
from throttling.rate_limit import count_in_window


def _key(kind, value):
    digest = salted_hmac(f"vetweb.login-throttle.{kind}", value).hexdigest()
    return f"login-attempts:{kind}:{digest}"


def username_key(username):
    return _key("username", username.casefold())


def address_key(request):
    return _key("address", client_address(request))


def count_attempt(key):
    """Add one attempt atomically and return the new count; each attempt restarts the lock-out."""
    return count_in_window(key, settings.LOGIN_LOCKOUT_SECONDS, restart=True)


def clear_username(username):
    cache.delete(username_key(username))


def _forget_success(request):
    """A good sign-in takes back its address count, so one office's editors do not lock each other."""
    with contextlib.suppress(ValueError, CacheUnavailable):  # the count expired meanwhile, or the cache
        cache.decr(address_key(request))


def clear_on_new_password(sender, instance, **kwargs):
    """A password reset by e-mail, or set by an admin, unlocks the account (pre_save of the user)."""
    if getattr(instance, "_password", None) is not None:
        clear_username(instance.get_username())


def connect_signals():
    from django.contrib.auth import get_user_model
    from django.db.models.signals import pre_save

    pre_save.connect(clear_on_new_password, sender=get_user_model(), dispatch_uid="login-throttle-unlock")


def address_limit():
    return getattr(settings, "LOGIN_ADDRESS_FAILURE_LIMIT", settings.LOGIN_FAILURE_LIMIT * 4)


def _locked_error():
    minutes = max(1, settings.LOGIN_LOCKOUT_SECONDS // 60)
    wait = ngettext(
        "Too many failed sign-in attempts. Wait %(minutes)s minute and try again.",
        "Too many failed sign-in attempts. Wait %(minutes)s minutes and try again.",
        minutes,
    ) % {"minutes": minutes}
    reset = gettext("You can also reset your password by e-mail.")
    return forms.ValidationError(f"{wait} {reset}", code="locked")


def _uncounted_error():
    return forms.ValidationError(
        gettext(
            "Signing in is unavailable for a few minutes: the site cannot count sign-in attempts "
            "right now. Please try again later; the public site is not affected."
        ),
        code="uncounted",
    )


class ThrottledLoginForm(LoginForm):
    """Wagtail's sign-in form, counted before the password is checked; it fails closed: while the
    counters' cache does not answer, no password is checked at all."""

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        if username:
            try:
                by_user = count_attempt(username_key(username))
                by_address = count_attempt(address_key(self.request))
            except CacheUnavailable:
                raise _uncounted_error() from None
            if by_user > settings.LOGIN_FAILURE_LIMIT or by_address > address_limit():
                raise _locked_error()
        cleaned = super().clean()
        clear_username(username)
        _forget_success(self.request)
        return cleaned
