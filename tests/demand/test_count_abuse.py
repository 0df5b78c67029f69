"""Public counts that one visitor cannot inflate, and a newsletter whose answer time does not tell
a confirmed address from a new one (the mail leaves after the response)."""

import os
import sys
import time

import pytest

from django.core import mail
from django.core.handlers.wsgi import WSGIHandler
from django.test import RequestFactory
from django.utils import timezone

from wagtail.models import Locale

from contact.models import NewsletterSubscriber
from demand.models import ReuseReport
from resources.models import Resource
from tests.demand.test_translation_requests import ENGLISH_ONLY, form_data, requests_for

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"


@pytest.fixture
def workbook():
    return Resource.objects.get(slug=ENGLISH_ONLY, locale__language_code="en")


def request_translation(client, item, agent=BROWSER, origin="http://testserver"):
    return client.post(
        "/sq/demand/request/",
        form_data(item),
        HTTP_USER_AGENT=agent,
        REMOTE_ADDR="10.0.0.7",
        HTTP_ORIGIN=origin,
    )


def test_a_new_user_agent_is_not_a_new_visitor(client, workbook):
    for n in range(5):
        assert request_translation(client, workbook, agent=f"{BROWSER} build/{n}").status_code == 200

    assert requests_for(workbook) == 1


def test_reports_of_use_count_once_per_address_whatever_the_browser(client):
    entry = Resource.objects.get(slug="eqavet-quality-cycle-guide", locale__language_code="sq")
    data = {
        "country": "AL",
        "organisation_type": "vet-provider",
        "learners": "5",
        "key": str(entry.translation_key),
    }
    for n in range(4):
        client.post(
            "/sq/demand/reuse/",
            data,
            HTTP_USER_AGENT=f"{BROWSER} build/{n}",
            REMOTE_ADDR="10.0.0.8",
            HTTP_ORIGIN="http://testserver",
        )

    assert ReuseReport.objects.filter(translation_key=entry.translation_key).count() == 1


def test_one_address_puts_at_most_ten_reports_of_use_an_hour_in_the_moderation_queue(client):
    """Each entry once a day is not enough: one address could still report every entry of the
    library. The hourly cap (no setting changed here) stops it at ten."""
    locale = Locale.objects.get(language_code="sq")
    entries = list(Resource.objects.in_library_of(locale).order_by("pk")[:11])
    pending = ReuseReport.objects.filter(status="pending").count()

    statuses = [
        client.post(
            "/sq/demand/reuse/",
            {
                "country": "AL",
                "organisation_type": "vet-provider",
                "learners": "5",
                "key": str(entry.translation_key),
            },
            HTTP_USER_AGENT=BROWSER,
            REMOTE_ADDR="10.0.0.11",
            HTTP_ORIGIN="http://testserver",
        ).status_code
        for entry in entries
    ]

    assert len(entries) == 11
    assert statuses == [200] * 10 + [429]
    assert ReuseReport.objects.filter(status="pending").count() == pending + 10


@pytest.mark.parametrize("origin", ["https://testserver", "ftp://testserver", "ws://testserver"])
def test_a_post_from_another_scheme_of_this_host_is_refused(client, workbook, origin):
    assert request_translation(client, workbook, origin=origin).status_code == 400
    assert requests_for(workbook) == 0


class SlowMailServer:
    """The locmem backend behind an SMTP server that takes `delay` seconds per mail."""

    delay = 0.08

    def __init__(self, *args, **kwargs):
        from django.core.mail.backends.locmem import EmailBackend

        self.backend = EmailBackend(*args, **kwargs)

    def send_messages(self, messages):
        time.sleep(self.delay)
        return self.backend.send_messages(messages)


def _signup_over_wsgi(email):
    """POST the signup as a WSGI server does: (seconds until the last byte, the response to close)."""
    environ = (
        RequestFactory()
        .post("/en/newsletter/", {"email": email, "website": ""}, REMOTE_ADDR=f"10.1.{len(email)}.1")
        .environ
    )
    started = time.perf_counter()
    response = WSGIHandler()(environ, lambda status, headers, exc_info=None: None)
    body = b"".join(response)
    return time.perf_counter() - started, response, body


@pytest.fixture
def connection_kept_across_requests():
    """As Django's test client does: a request's end must not close the test's database connection
    (on PostgreSQL that would end the test's transaction)."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_the_confirmation_leaves_after_the_response(settings, monkeypatch, connection_kept_across_requests):
    monkeypatch.setattr("django.core.mail.get_connection", lambda *a, **k: SlowMailServer())
    NewsletterSubscriber.objects.create(email="known@example.org", language="en", confirmed_at=timezone.now())

    _signup_over_wsgi("known@example.org")[1].close()  # warm: the first request loads templates
    known, response, _body = _signup_over_wsgi("known@example.org")
    response.close()
    new, response, body = _signup_over_wsgi("new-reader@example.org")
    figures = f"answer time: confirmed address {known * 1000:.0f} ms, new address {new * 1000:.0f} ms"
    if os.environ.get("SHOW_TIMING"):
        sys.stderr.write(figures + "\n")

    assert b"check-inbox" in body or response.status_code == 200
    assert mail.outbox == []  # the visitor has the whole answer; the mail is not sent yet
    response.close()
    assert [message.to for message in mail.outbox] == [["new-reader@example.org"]]
    assert new - known < SlowMailServer.delay / 2, figures
