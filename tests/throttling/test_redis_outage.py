"""While Redis is down every public form still takes the visitor's post (the rate limit fails open)
and the admin sign-in refuses with a clear message (it fails closed): against a real Redis that
this test starts on a free port and then stops."""

import shutil
import socket
import subprocess
import time
import uuid

import pytest

from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.urls import reverse

from demand.models import ReuseReport, TranslationRequest
from network.models import NetworkMember
from resources.models import Resource

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed"),
]

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(port, up):
    for _ in range(100):
        with socket.socket() as probe:
            answered = probe.connect_ex(("127.0.0.1", port)) == 0
        if answered == up:
            return
        time.sleep(0.05)
    raise RuntimeError(f"redis-server on port {port} did not {'start' if up else 'stop'}")


class ThrowawayRedis:
    def __init__(self):
        self.port = _free_port()
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_for(self.port, up=True)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        _wait_for(self.port, up=False)


@pytest.fixture
def redis_server(settings):
    server = ThrowawayRedis()
    settings.CACHES = {
        "default": {
            "BACKEND": "caching.backend.ForgivingRedisCache",
            "LOCATION": f"redis://127.0.0.1:{server.port}/0",
            "KEY_PREFIX": f"outage-{uuid.uuid4().hex[:8]}",
        }
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    try:
        yield server
    finally:
        server.stop()
        caches["default"].close()


def _post_every_public_form(client):
    entry = Resource.objects.get(slug="eqavet-quality-cycle-guide", locale__language_code="sq")
    workbook = Resource.objects.get(slug="eqavet-indicators-workbook", locale__language_code="en")
    visitor = {"HTTP_USER_AGENT": BROWSER, "REMOTE_ADDR": "10.0.0.9", "HTTP_ORIGIN": "http://testserver"}
    return {
        "newsletter": client.post(
            "/en/newsletter/", {"email": "reader@example.org", "website": ""}, **visitor
        ),
        "contact": client.post(
            "/en/contact/",
            {
                "your_name": "Ana",
                "your_e_mail_address": "ana@example.org",
                "your_organisation": "A school",
                "your_message": "Hello",
            },
            **visitor,
        ),
        "join": client.post(
            "/en/network/join/",
            {
                "name": "Training Centre Ulcinj",
                "organisation_type": "vet-provider",
                "city": "ulcinj",
                "services": "Courses for cooks.",
                "web_address": "",
                "contact_email": "office@ulcinj.example",
                "website": "",
            },
            **visitor,
        ),
        "request": client.post(
            "/sq/demand/request/",
            {
                "type": ContentType.objects.get_for_model(workbook).pk,
                "key": str(workbook.translation_key),
                "next": "/sq/",
            },
            **visitor,
        ),
        "reuse": client.post(
            "/sq/demand/reuse/",
            {
                "country": "AL",
                "organisation_type": "vet-provider",
                "learners": "24",
                "comment": "",
                "key": str(entry.translation_key),
                "next": "/sq/",
            },
            **visitor,
        ),
    }


def test_every_public_form_is_taken_while_redis_is_down(client, redis_server):
    assert client.get("/en/contact/").status_code == 200  # Redis answers: warm, then stop it
    redis_server.stop()

    answers = _post_every_public_form(client)

    assert {name: response.status_code for name, response in answers.items()} == dict.fromkeys(answers, 200)
    assert NetworkMember.objects.filter(name="Training Centre Ulcinj").exists()
    assert ReuseReport.objects.filter(language_code="sq").exists()
    assert TranslationRequest.objects.exists()


def test_the_forms_still_count_while_redis_answers(client, redis_server, settings):
    settings.PUBLIC_FORM_LIMIT = 0
    settings.DEMAND_POSTS_PER_HOUR = 0

    answers = _post_every_public_form(client)

    assert {name: response.status_code for name, response in answers.items()} == dict.fromkeys(answers, 429)


def test_the_admin_sign_in_refuses_with_a_clear_message_while_redis_is_down(
    client, redis_server, django_user_model
):
    django_user_model.objects.create_user("editor", password="right-password", is_superuser=True)
    redis_server.stop()

    response = client.post(
        reverse("wagtailadmin_login"), {"username": "editor", "password": "right-password"}
    )

    assert response.status_code == 200
    assert "Signing in is unavailable for a few minutes" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_admin_sign_in_works_again_when_redis_is_back(client, redis_server, django_user_model):
    django_user_model.objects.create_user("editor", password="right-password", is_superuser=True)

    response = client.post(
        reverse("wagtailadmin_login"), {"username": "editor", "password": "right-password"}
    )

    assert response.status_code == 302
