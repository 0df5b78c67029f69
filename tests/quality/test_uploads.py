"""Uploads through the admin: documents are accepted by their content, not their name; SVG, HTML
and programs are refused with a message that says why; images are re-encoded by Pillow."""

import io
import zipfile

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _zip(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


DOCX = _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
ODT = _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office:document/>"})
ZIP = _zip({"guide/readme.txt": "EQAVET indicators", "guide/checklist.pdf": PDF.decode()})


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("uploader", "uploader@example.org", "pw-for-tests-only")
    client.force_login(user)
    return client


def upload_document(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [("guide.pdf", PDF), ("report.docx", DOCX), ("notes.odt", ODT), ("toolkit.zip", ZIP)],
)
def test_real_documents_of_the_library_formats_are_accepted(editor_client, name, content):
    response = upload_document(editor_client, name, content)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert get_document_model().objects.filter(title=name).exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "SVG and HTML",
        ),
        ("page.html", b"<!DOCTYPE html><html><script>alert(1)</script></html>", "SVG and HTML"),
        (
            "renamed-svg.pdf",
            b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
            "SVG and HTML",
        ),
        ("renamed-page.docx", b"<html><body>hi</body></html>", "SVG and HTML"),
        ("setup.pdf", b"MZ\x90\x00\x03" + b"\x00" * 200, "Programs and scripts"),
        ("install.zip", b"#!/bin/sh\nrm -rf /\n", "Programs and scripts"),
        ("fake.pdf", b"just some text pretending to be a PDF", "does not match its name"),
        ("fake.docx", ODT, "does not match its name"),
        ("fake.odt", DOCX, "does not match its name"),
        ("tools.zip", _zip({"tool.exe": "MZ"}), "contains programs or scripts"),
    ],
)
def test_active_content_programs_and_disguised_files_are_refused_with_a_reason(
    editor_client, name, content, message
):
    response = upload_document(editor_client, name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_document_model().objects.filter(title=name).exists()


def test_documents_over_the_size_limit_are_refused(editor_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload_document(editor_client, "big.pdf", PDF + b"0" * 4096)
    assert response.status_code == 200
    assert not get_document_model().objects.filter(title="big.pdf").exists()


def _jpeg_with_metadata():
    image = Image.new("RGB", (64, 48), "#1f5fa8")
    exif = Image.Exif()
    exif[0x010F] = "Secret camera maker"  # Make
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes())
    return buffer.getvalue() + b"<script>appended payload</script>"


def upload_image(client, name, content):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def test_images_are_re_encoded_without_metadata_or_appended_bytes(editor_client):
    response = upload_image(editor_client, "workshop.jpg", _jpeg_with_metadata())
    assert response.status_code == 302, response.content.decode()[:2000]
    image = get_image_model().objects.get(title="workshop.jpg")
    with image.file.open("rb") as stored:
        data = stored.read()
    assert b"appended payload" not in data
    assert b"Secret camera maker" not in data
    with Image.open(io.BytesIO(data)) as reopened:
        assert reopened.format == "JPEG" and reopened.size == (64, 48)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("icon.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>'),
        ("disguised.png", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ],
)
def test_svg_images_are_refused(editor_client, name, content):
    response = upload_image(editor_client, name, content)
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"])
    assert any(reason in errors for reason in ("not accepted", "Not a supported", "Not a valid")), errors
    assert not get_image_model().objects.filter(title=name).exists()


def test_renditions_are_served_as_webp(editor_client):
    upload_image(editor_client, "photo.png", _png())
    image = get_image_model().objects.get(title="photo.png")
    assert image.get_rendition("width-40").url.endswith(".webp")


def _png():
    buffer = io.BytesIO()
    Image.new("RGB", (80, 60), "#c0392b").save(buffer, format="PNG")
    return buffer.getvalue()


def _deflated(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_bomb_member_is_not_decompressed_to_check_it():
    import tracemalloc

    from vetweb_site.uploads import check_document

    bomb = _deflated(
        {
            "mimetype": b"application/vnd.oasis.opendocument.text" + b" " * (20 * 1024 * 1024),
            "content.xml": "<office:document/>",
        }
    )
    assert len(bomb) < 100 * 1024
    tracemalloc.start()
    try:
        check_document(SimpleUploadedFile("bomb.odt", bomb))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2 * 1024 * 1024, f"{peak} bytes held to check a {len(bomb)} byte upload"


@pytest.mark.parametrize(
    ("name", "members", "message"),
    [
        ("bundle.zip", {"inner/more.zip": "PK", "readme.txt": "x"}, "contains other archives"),
        ("bundle.zip", {"tools/archive.7z": "7z"}, "contains other archives"),
        ("macro.docx", {"[Content_Types].xml": "<Types/>", "word/vbaProject.bin": "x"}, "contains macros"),
        (
            "macro.odt",
            {"mimetype": "application/vnd.oasis.opendocument.text", "Basic/Standard/M.xml": "x"},
            "contains macros",
        ),
        (
            "sheet.xlsx",
            {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "x", "xl/run.ps1": "x"},
            "programs or scripts",
        ),
        ("tools.zip", {"report.pdf .exe": "MZ"}, "programs or scripts"),
        ("tools.zip", {"invoice.pdf ": "MZ"}, "hide their type"),
        ("tools.zip", {"../../etc/cron.d/job": "x"}, "hide their type"),
        ("tools.zip", {"script.py": "import os"}, "programs or scripts"),
    ],
)
def test_risky_members_of_zip_and_office_files_are_refused(editor_client, name, members, message):
    response = upload_document(editor_client, name, _zip(members))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_document_model().objects.filter(title=name).exists()


@pytest.fixture
def unwritable_media(settings, tmp_path):
    """Uploads go to a folder that cannot be made (a file stands where it should be): as a
    read-only or full disk answers the app server, which root in the tests could never be."""
    blocker = tmp_path / "media"
    blocker.write_text("not a folder")
    settings.MEDIA_ROOT = str(blocker)
    return blocker


def test_an_officer_uploading_into_an_unwritable_media_folder_gets_a_form_error_and_nothing_saved(
    client, unwritable_media
):
    from tests.editorial.conftest import user_for

    client.force_login(user_for("officer"))
    documents = get_document_model().objects.count()

    response = upload_document(client, "guide.pdf", PDF)

    assert response.status_code == 200, "the form again, not a server error"
    assert "could not be stored" in response.content.decode()
    assert get_document_model().objects.count() == documents


def test_an_image_upload_into_an_unwritable_media_folder_is_refused_with_a_message(
    editor_client, unwritable_media
):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "navy").save(buffer, format="PNG")
    images = get_image_model().objects.count()

    response = editor_client.post(
        reverse("wagtailimages:add"),
        {"title": "Trainers", "file": SimpleUploadedFile("trainers.png", buffer.getvalue()), "collection": 1},
    )

    assert response.status_code == 200
    assert "could not be stored" in response.content.decode()
    assert get_image_model().objects.count() == images
