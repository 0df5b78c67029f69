"""Uploads live on S3-compatible object storage (a moto server on 127.0.0.1 started for the test),
so no app server keeps state on its disk: documents and images are uploaded there, and their
renditions are generated there and served from there."""

import io
import urllib.request
from urllib.parse import urlsplit

import pytest
from PIL import Image as PILImage

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

BUCKET = "vetweb-test-media"


@pytest.fixture
def object_storage(settings, s3_bucket):
    endpoint, client = s3_bucket
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": endpoint,
                "access_key": "test",
                "secret_key": "test",
                "region_name": "us-east-1",
                "location": "media",
                "querystring_auth": False,
                "file_overwrite": False,
                "default_acl": "public-read",
            },
        },
    }
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"
    return endpoint, client


def _keys(client):
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def _fetch(url):
    assert urlsplit(url).hostname == "127.0.0.1"
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - local moto server
        return response.status, response.read()


def _png(width=400, height=300):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (0, 51, 153)).save(buffer, "PNG")
    return buffer.getvalue()


def test_an_uploaded_image_and_its_rendition_are_stored_and_served_from_the_bucket(db, object_storage):
    endpoint, client = object_storage
    image = get_image_model()(title="Workshop in Podgorica")
    image.file = ImageFile(io.BytesIO(_png()), name="workshop.png")
    image.save()
    assert image.file.name in {key.removeprefix("media/") for key in _keys(client)}

    rendition = image.get_rendition("fill-200x100")
    assert f"media/{rendition.file.name}" in _keys(client)
    assert rendition.url.startswith(f"{endpoint}/{BUCKET}/media/")
    status, body = _fetch(rendition.url)
    assert status == 200
    assert PILImage.open(io.BytesIO(body)).size == (200, 100)


def test_an_uploaded_document_is_served_by_a_redirect_to_the_bucket(client, db, object_storage):
    endpoint, s3 = object_storage
    document = get_document_model()(title="Tool library guide")
    document.file.save("guide.pdf", ContentFile(b"%PDF-1.4 VET-WEB guide"), save=False)
    document.save()
    assert f"media/{document.file.name}" in _keys(s3)

    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith(f"{endpoint}/{BUCKET}/media/documents/")
    status, body = _fetch(response["Location"])
    assert status == 200
    assert body == b"%PDF-1.4 VET-WEB guide"


def test_nothing_is_written_to_the_local_media_directory(db, object_storage, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    image = get_image_model()(title="Logo")
    image.file = ImageFile(io.BytesIO(_png(60, 60)), name="logo.png")
    image.save()
    image.get_rendition("max-30x30")
    assert list(tmp_path.iterdir()) == []
