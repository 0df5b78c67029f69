"""Slow down password guessing on the admin sign-in.

Failed sign-ins are counted in the cache per username and client address, stored only as a keyed
hash (no raw addresses or usernames are kept). After LOGIN_FAILURE_LIMIT failures the pair is
locked for LOGIN_LOCKOUT_SECONDS, with a message saying so; a successful sign-in clears the count.
"""

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac
from django.utils.translation import ngettext

from wagtail.admin.forms.auth import LoginForm


def _key(username, request):
    address = request.META.get("REMOTE_ADDR", "") if request is not None else ""
    digest = salted_hmac("vetweb.login-throttle", f"{username.casefold()}|{address}").hexdigest()
    return f"login-failures:{digest}"


def failures(username, request):
    return cache.get(_key(username, request), 0)


def record_failure(username, request):
    key = _key(username, request)
    cache.add(key, 0, settings.LOGIN_LOCKOUT_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, settings.LOGIN_LOCKOUT_SECONDS)
        count = 1
    # Each failure restarts the lock-out period.
    cache.touch(key, settings.LOGIN_LOCKOUT_SECONDS)
    return count


def clear_failures(username, request):
    cache.delete(_key(username, request))


class ThrottledLoginForm(LoginForm):
    def clean(self):
        username = self.cleaned_data.get("username") or ""
        if failures(username, self.request) >= settings.LOGIN_FAILURE_LIMIT:
            minutes = max(1, settings.LOGIN_LOCKOUT_SECONDS // 60)
            raise forms.ValidationError(
                ngettext(
                    "Too many failed sign-in attempts. Wait %(minutes)s minute and try again.",
                    "Too many failed sign-in attempts. Wait %(minutes)s minutes and try again.",
                    minutes,
                )
                % {"minutes": minutes},
                code="locked",
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError as error:
            if username and any(getattr(e, "code", None) == "invalid_login" for e in error.error_list):
                record_failure(username, self.request)
            raise
        clear_failures(username, self.request)
        return cleaned
