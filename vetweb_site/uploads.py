"""Upload checks for the Wagtail admin: documents by content, images re-encoded by Pillow.

Documents: the library needs PDF, office documents (OOXML and OpenDocument) and ZIP archives.
A file is accepted only when its bytes are what its name says; SVG, HTML, scripts and programs
are refused with a message that says why, even when renamed. Images: decoded and saved again
by Pillow, which drops anything that is not picture data (metadata, appended payloads).

ZIP-based files (ZIP, OOXML, OpenDocument) are judged from their member list, read from the
archive's directory without decompressing anything; only the first bytes of `mimetype` are
decompressed, streaming. They may not carry other archives, programs or scripts, macros
(`vbaProject.bin`, OpenDocument `Basic/` and `Scripts/`), or names that hide their type
(a trailing space or dot, a path leaving the archive).
"""

import io
import os
import zipfile

from PIL import Image, ImageOps

from django import forms
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

OOXML_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
OPENDOCUMENT_TYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
# Members a ZIP in the library may not carry: programs and scripts a visitor could run.
RISKY_ARCHIVE_EXTENSIONS = {
    ".exe", ".dll", ".msi", ".bat", ".cmd", ".com", ".scr", ".ps1", ".vbs", ".js", ".jar",
    ".sh", ".apk", ".app", ".hta", ".lnk", ".svg", ".html", ".htm",
    ".py", ".pl", ".rb", ".php", ".vbe", ".jse", ".wsf", ".wsh", ".cpl", ".reg", ".msc", ".pif",
    ".psm1", ".gadget", ".docm", ".dotm", ".xlsm", ".xltm", ".xlam", ".pptm", ".potm", ".ppam",
}  # fmt: skip
NESTED_ARCHIVE_EXTENSIONS = {
    ".zip", ".7z", ".rar", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".zst", ".cab", ".iso", ".dmg",
}  # fmt: skip
MACRO_NAMES = {"vbaproject.bin", "vbadata.xml"}
MACRO_FOLDERS = ("Basic/", "Scripts/")  # OpenDocument macros
MAX_ARCHIVE_MEMBERS = 5000
ACTIVE_CONTENT_MARKERS = (b"<svg", b"<!doctype html", b"<html", b"<script", b"<?xml", b"<body", b"<iframe")
EXECUTABLE_SIGNATURES = (b"MZ", b"\x7fELF", b"#!", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa")

MESSAGES = {
    "active": _("SVG and HTML files can contain scripts and are not accepted. Upload a PDF instead."),
    "program": _("Programs and scripts are not accepted."),
    "mismatch": _(
        "The file’s content does not match its name: “%(name)s” is not a real %(kind)s file. "
        "Accepted formats: PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP and ZIP."
    ),
    "risky_archive": _("The ZIP archive contains programs or scripts (%(members)s), which are not accepted."),
    "nested_archive": _(
        "The file contains other archives (%(members)s), which are not accepted. Upload their files instead."
    ),
    "macro": _(
        "The file contains macros (%(members)s), which are not accepted. Save it without macros "
        "(as DOCX, XLSX or PPTX) and upload it again."
    ),
    "hidden_name": _(
        "The archive contains file names that hide their type (%(members)s). Rename them without "
        "trailing spaces or dots and upload it again."
    ),
    "too_many_members": _("The archive contains too many files. Split it into smaller archives."),
    "bad_image": _("This file is not an image that can be read. Upload a JPEG, PNG, WebP or GIF image."),
    "not_stored": _(
        "The file could not be stored: the site's upload folder is full or cannot be written to. "
        "Nothing was saved. Please tell the site's administrator."
    ),
}


def _head(uploaded, size=2048):
    uploaded.seek(0)
    data = uploaded.read(size)
    uploaded.seek(0)
    return data


def _refuse_active_content(head):
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(EXECUTABLE_SIGNATURES):
        raise forms.ValidationError(MESSAGES["program"], code="program")
    if any(marker in stripped[:1024].lower() for marker in ACTIVE_CONTENT_MARKERS):
        raise forms.ValidationError(MESSAGES["active"], code="active_content")


def _zip_members(uploaded):
    """The member names (from the archive's directory) and the first bytes of `mimetype`."""
    uploaded.seek(0)
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = archive.namelist()
            mimetype = b""
            if "mimetype" in names:
                with archive.open("mimetype") as member:  # decompresses only what is read
                    mimetype = member.read(100)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, NotImplementedError, RuntimeError):
        return None, b""
    finally:
        uploaded.seek(0)
    return names, mimetype


def check_document(uploaded):
    """Raise ValidationError unless the upload's bytes match an accepted document format."""
    name = os.path.basename(uploaded.name or "")
    extension = os.path.splitext(name)[1].lower().lstrip(".")
    if extension in {"svg", "svgz", "html", "htm", "xhtml", "xml"}:
        raise forms.ValidationError(MESSAGES["active"], code="active_content")
    if extension in {"exe", "dll", "msi", "bat", "cmd", "com", "sh", "js", "ps1", "vbs", "jar", "scr", "apk"}:
        raise forms.ValidationError(MESSAGES["program"], code="program")
    head = _head(uploaded)
    _refuse_active_content(head)
    mismatch = forms.ValidationError(
        MESSAGES["mismatch"], code="content_mismatch", params={"name": name, "kind": extension.upper()}
    )
    if extension == "pdf":
        if not head.lstrip(b"\x00 \t\r\n").startswith(b"%PDF-"):
            raise mismatch
        return
    if not head.startswith(b"PK\x03\x04"):
        raise mismatch
    names, mimetype = _zip_members(uploaded)
    if names is None:
        raise mismatch
    if extension in OOXML_FOLDERS:
        if "[Content_Types].xml" not in names or not any(
            n.startswith(OOXML_FOLDERS[extension]) for n in names
        ):
            raise mismatch
    elif extension in OPENDOCUMENT_TYPES and mimetype.strip() != OPENDOCUMENT_TYPES[extension]:
        raise mismatch
    _refuse_risky_members(names)


def _hides_its_type(name):
    parts = name.replace("\\", "/").split("/")
    leaves = name.startswith("/") or ".." in parts
    return leaves or any(part != part.rstrip(" .") for part in parts if part not in ("", "."))


def _risky_members(names):
    """(message key, offending names) for each kind of member a ZIP-based upload may not carry."""
    extension = {name: os.path.splitext(name.rstrip(" ."))[1].lower() for name in names}
    return [
        ("hidden_name", [n for n in names if _hides_its_type(n)]),
        (
            "macro",
            [n for n in names if os.path.basename(n).lower() in MACRO_NAMES or n.startswith(MACRO_FOLDERS)],
        ),
        ("nested_archive", [n for n in names if extension[n] in NESTED_ARCHIVE_EXTENSIONS]),
        ("risky_archive", [n for n in names if extension[n] in RISKY_ARCHIVE_EXTENSIONS]),
    ]


def _refuse_risky_members(names):
    if len(names) > MAX_ARCHIVE_MEMBERS:
        raise forms.ValidationError(MESSAGES["too_many_members"], code="too_many_members")
    for code, members in _risky_members(names):
        if members:
            shown = ", ".join(f"“{name}”" for name in sorted(set(members))[:5])
            raise forms.ValidationError(MESSAGES[code], code=code, params={"members": shown})


def check_storage_accepts(field, folder):
    """A form error, not a server error after the form was accepted, when the upload folder on
    this machine cannot take a file (read-only, full, or not a folder): a probe file is written
    and deleted first. Object storage (S3) reports its own errors and is not probed."""
    storage = field.storage
    if not isinstance(storage, FileSystemStorage):
        return
    try:
        probe = storage.save(f"{folder}/.upload-check", ContentFile(b"-"))
        storage.delete(probe)
    except OSError as error:
        raise forms.ValidationError(MESSAGES["not_stored"], code="not_stored") from error


class SafeDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing files whose content is not an accepted format."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            check_document(uploaded)
            check_storage_accepts(self._meta.model._meta.get_field("file"), "documents")
        return uploaded


SAVE_OPTIONS = {
    "JPEG": {"quality": 88, "optimize": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 85},
    "GIF": {},
}


def reencode_image(uploaded):
    """A copy of the image made from its pixels only, in the same format."""
    if _head(uploaded, 64).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):  # SVG, HTML, XML
        raise forms.ValidationError(MESSAGES["active"], code="active_content")
    try:
        with Image.open(uploaded) as source:
            source_format = source.format
            if source_format not in SAVE_OPTIONS:
                raise forms.ValidationError(MESSAGES["bad_image"], code="bad_image")
            animated = getattr(source, "is_animated", False)
            output = io.BytesIO()
            if animated:
                source.save(output, format=source_format, save_all=True, **SAVE_OPTIONS[source_format])
            else:
                image = ImageOps.exif_transpose(source)
                if source_format == "JPEG" and image.mode not in ("RGB", "L"):
                    image = image.convert("RGB")
                image.save(output, format=source_format, **SAVE_OPTIONS[source_format])
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise forms.ValidationError(MESSAGES["bad_image"], code="bad_image") from error
    finally:
        uploaded.seek(0)
    return SimpleUploadedFile(
        os.path.basename(uploaded.name),
        output.getvalue(),
        content_type=Image.MIME.get(source_format, "application/octet-stream"),
    )


class ReencodedImageForm(BaseImageForm):
    """Wagtail's image form, storing a Pillow re-encoding of the upload instead of its raw bytes."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            uploaded = reencode_image(uploaded)
            check_storage_accepts(self._meta.model._meta.get_field("file"), "original_images")
        return uploaded


# Served from local media on a single machine (no object storage): pictures only. Documents go
# through Wagtail's /documents/ view, which checks privacy, and packs through their own view.
PUBLIC_MEDIA_FOLDERS = ("images/", "original_images/")


def serves_local_media(settings):
    """True when uploads are on this machine's disk and not in DEBUG (which serves them itself)."""
    backend = settings.STORAGES["default"]["BACKEND"]
    return not settings.DEBUG and backend.endswith("FileSystemStorage")


def serve_local_media(request, path):
    """An image from MEDIA_ROOT for the one-machine setup, cached for a year (rendition and
    upload names change with their content); anything outside the picture folders is a 404."""
    from django.conf import settings
    from django.http import Http404
    from django.views.static import serve

    if not path.startswith(PUBLIC_MEDIA_FOLDERS) or ".." in path.split("/"):
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = "public, max-age=31536000"
    return response
