"""One machine with local files (README): with DEBUG off and uploads in MEDIA_ROOT, the site serves
event photos and news images from /media/, and nothing else from there (documents keep their
privacy-checking view)."""

import io

import pytest
from PIL import Image

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def picture():
    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), (0, 51, 153)).save(buffer, "PNG")
    image = get_image_model()(title="Study visit in Shkodër")
    image.file = ImageFile(buffer, name="study-visit.png")
    image.save()
    return image


def test_images_and_renditions_are_served_from_local_media(client, settings, picture):
    assert not settings.DEBUG
    rendition = picture.get_rendition("fill-120x80|format-webp")

    for url in (rendition.url, picture.file.url):
        response = client.get(url)
        assert url.startswith("/media/")
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("image/")
        assert "max-age=31536000" in response["Cache-Control"]
        assert b"".join(response.streaming_content)


def test_documents_and_other_files_are_not_served_from_media(client):
    document = get_document_model()(title="Private note")
    document.file.save("note.pdf", ContentFile(b"%PDF-1.4 private"), save=True)

    assert client.get(document.file.url).status_code == 404
    assert client.get("/media/images/../documents/note.pdf").status_code == 404
    assert client.get("/media/original_images/missing.png").status_code == 404
