"""The admin sign-in throttle counts before it checks a password, per username and per address,
trusts a forwarded address only behind a configured proxy, and never strands a locked-out user."""

import threading
import time
from unittest import mock

import pytest

from django.contrib.auth.forms import SetPasswordForm
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse

from throttling.login_throttle import ThrottledLoginForm

pytestmark = pytest.mark.django_db


WRONG = "not-the-password"


def _sign_in(client, username, password=WRONG, **headers):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password}, **headers)


class CountingAuthenticate:
    """Stands in for the password check: slow, so parallel requests overlap, and counted."""

    def __init__(self):
        self.calls = 0
        self.lock = threading.Lock()

    def __call__(self, request=None, **credentials):
        with self.lock:
            self.calls += 1
        time.sleep(0.05)
        return None


def _attempts_in_parallel(usernames, address="198.51.100.1"):
    check = CountingAuthenticate()

    def attempt(username):
        request = RequestFactory().post("/admin/login/", REMOTE_ADDR=address)
        ThrottledLoginForm(request, data={"username": username, "password": "wrong"}).is_valid()

    with mock.patch("django.contrib.auth.forms.authenticate", check):
        threads = [threading.Thread(target=attempt, args=(name,)) for name in usernames]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    return check.calls


def test_forty_parallel_wrong_passwords_evaluate_at_most_the_limit(settings):
    settings.LOGIN_FAILURE_LIMIT = 5
    assert _attempts_in_parallel(["editor"] * 40) <= 5


def test_password_spraying_over_many_usernames_from_one_address_is_limited(settings):
    settings.LOGIN_FAILURE_LIMIT = 5
    settings.LOGIN_ADDRESS_FAILURE_LIMIT = 10
    assert _attempts_in_parallel([f"user{n}" for n in range(30)]) <= 10


def test_the_forwarded_address_is_ignored_without_a_configured_proxy(client, settings):
    settings.LOGIN_FAILURE_LIMIT = 50
    settings.LOGIN_ADDRESS_FAILURE_LIMIT = 3
    for number in range(3):
        _sign_in(client, f"sprayed{number}", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}")
    response = _sign_in(client, "sprayed9", HTTP_X_FORWARDED_FOR="203.0.113.99")
    assert "Too many failed sign-in attempts" in response.content.decode()


def test_behind_a_configured_proxy_one_visitor_cannot_lock_out_another(client, django_user_model, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.LOGIN_ADDRESS_FAILURE_LIMIT = 3
    django_user_model.objects.create_superuser("editor4", "e4@example.org", "the-right-password-4")
    for number in range(5):
        _sign_in(client, f"sprayed{number}", HTTP_X_FORWARDED_FOR="203.0.113.66, 10.0.0.2")
    locked = _sign_in(client, "sprayed9", HTTP_X_FORWARDED_FOR="203.0.113.66, 10.0.0.2")
    assert "Too many failed sign-in attempts" in locked.content.decode()

    editor = _sign_in(client, "editor4", "the-right-password-4", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert editor.status_code == 302


@pytest.fixture
def locked_editor(client, django_user_model, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    user = django_user_model.objects.create_superuser("editor5", "e5@example.org", "the-right-password-5")
    for _ in range(4):
        _sign_in(client, "editor5")
    assert "Too many" in _sign_in(client, "editor5", "the-right-password-5").content.decode()
    return user


def test_a_password_reset_by_e_mail_unlocks_the_account(client, locked_editor):
    form = SetPasswordForm(
        locked_editor, {"new_password1": "A-new-pass-2026!", "new_password2": "A-new-pass-2026!"}
    )
    assert form.is_valid()
    form.save()  # what the e-mailed reset link's page does

    assert _sign_in(client, "editor5", "A-new-pass-2026!").status_code == 302


def test_an_admin_can_unlock_the_account(client, locked_editor):
    call_command("unlock_sign_in", "editor5")
    assert _sign_in(client, "editor5", "the-right-password-5").status_code == 302


def test_the_locked_message_points_to_the_password_reset(client, locked_editor):
    assert "reset your password by e-mail" in _sign_in(client, "editor5").content.decode()
