"""Public pages travel compressed to slow connections; nothing with a secret in it is compressed."""

import gzip

import pytest

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip"}


@pytest.mark.parametrize("path", ["/en/", "/sq/resources/", "/cnr/news/feed/"])
def test_anonymous_public_pages_are_sent_gzipped(client, db, path):
    response = client.get(path, **GZIP)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    plain = client.get(path).content
    assert gzip.decompress(response.content) == plain
    assert len(response.content) < len(plain) / 2


def test_signed_in_pages_are_not_compressed(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="long-enough-password")
    client.force_login(user)
    response = client.get("/en/", **GZIP)
    assert not response.has_header("Content-Encoding")


def test_admin_sign_in_form_with_its_csrf_token_is_not_compressed(client, db):
    response = client.get("/admin/login/", **GZIP)
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")


def test_clients_that_do_not_ask_get_plain_html(client, db):
    assert not client.get("/en/").has_header("Content-Encoding")
