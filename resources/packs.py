"""Offline toolkit packs: every resource of a library view in one ZIP, in the visitor's language.

A pack holds each listed resource's file (the language's own version where the translation has
its own file, else the English one, said so in the index), an index.html (titles, summaries,
"cite as" lines, source URLs; external resources as links), a manifest.json and SHA256SUMS with
the SHA-256 of every file. It is built once per content state: `fingerprint()` hashes the
resources' texts, revisions and files and the language, and the ZIP is stored under that key in
the default media storage (local or S3), so an unchanged view is served without rebuilding.
"""

import hashlib
import json
import posixpath
import tempfile
import zipfile
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlencode

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db.models import Count, Sum
from django.template.loader import render_to_string
from django.utils import timezone, translation

from wagtail.models import Locale

from core.locales import default_locale, locale_of
from resources.filters import LibraryFilters

from .models import Resource

PACK_FORMAT = 1  # bump when the pack's layout changes, so every pack is rebuilt
PACK_FOLDER = "packs"
CHUNK = 64 * 1024


def max_bytes():
    return getattr(settings, "PACK_MAX_BYTES", 200 * 1024 * 1024)


def max_resources():
    return getattr(settings, "PACK_MAX_RESOURCES", 200)


@dataclass
class PackEntry:
    """One resource in a pack, and the language its file is really in."""

    resource: Resource
    file_language: str
    path: str = ""  # the file's name inside the ZIP ('' for an external link)


@dataclass
class PackView:
    """A library view as a pack: its language, filters and (optionally) a work package's slug."""

    language_code: str
    filters: LibraryFilters
    work_package: str = ""

    @classmethod
    def from_query(cls, language_code, query):
        work_package = (query.get("work_package") or "").strip()[:100]
        return cls(language_code, LibraryFilters.from_query(query), work_package)

    @classmethod
    def in_library(cls, library, filters, work_package=""):
        """The view in a library page's language (its Locale known: no query for it)."""
        locale = locale_of(library)
        view = cls(locale.language_code, filters, work_package)
        view.__dict__["locale"] = locale  # fills the cached_property below
        return view

    @property
    def parameters(self):
        """The canonical query string: one stored pack per distinct view."""
        pairs = self.filters.params(without=("page", "sort"))
        if self.work_package:
            pairs.append(("work_package", self.work_package))
        return urlencode(pairs)

    @cached_property
    def locale(self):
        return Locale.objects.get(language_code=self.language_code)

    def resources(self):
        """The live library entries this view lists (as the library shows them), by title."""
        locale = self.locale
        listed = Resource.objects.in_library_of(locale)
        if self.filters.query:
            listed = listed.filter(pk__in=Resource.objects.ranked_ids(self.filters.query, locale))
        if self.work_package:
            pages = Resource._meta.get_field("work_package").related_model.objects.filter(
                slug=self.work_package
            )
            listed = listed.filter(work_package__translation_key__in=pages.values("translation_key"))
        return self.filters.apply(listed)

    def estimate(self):
        """(number of resources, bytes of their files) before anything is built: one query."""
        found = self.resources().order_by().aggregate(count=Count("pk"), size=Sum("document__file_size"))
        return found["count"], found["size"] or 0

    def entries(self):
        """The pack's resources, each with the language its file is in (two queries)."""
        resources = list(self.resources().select_related("locale", "document").order_by("title", "pk"))
        source = default_locale()
        source_documents = dict(
            Resource.objects.filter(
                locale=source, live=True, translation_key__in=[item.translation_key for item in resources]
            ).values_list("translation_key", "document_id")
        )
        entries = []
        for resource in resources:
            own_file = resource.locale_id == source.pk or (
                resource.document_id != source_documents.get(resource.translation_key)
            )
            language = resource.locale.language_code if own_file else source.language_code
            entries.append(PackEntry(resource, language))
        return entries


def fingerprint(language_code, entries, parameters=""):
    """What the pack holds, as a hash: any change to a listed text, revision or file changes it
    (and the view's filters, which its index names)."""
    digest = hashlib.sha256(f"{PACK_FORMAT}\0{language_code}\0{parameters}".encode())
    for entry in entries:
        item = entry.resource
        document = item.document
        parts = [
            item.pk,
            item.live_revision_id,
            item.title,
            item.summary,
            item.publisher,
            item.publication_year,
            item.external_url,
            entry.file_language,
            document.file.name if document else "",
            document.file_size if document else "",
            document.file_hash if document else "",
        ]
        digest.update(json.dumps(parts, default=str).encode())
    return digest.hexdigest()


def storage_name(key):
    return posixpath.join(PACK_FOLDER, f"{key}.zip")


def _file_name(number, entry):
    extension = entry.resource.document.file_extension or "bin"
    return f"files/{number:03d}-{entry.resource.slug}-{entry.file_language}.{extension.lower()}"


def _write_file(archive, name, source):
    """Copy `source` (a file object) into the ZIP; return its SHA-256 and size."""
    digest = hashlib.sha256()
    size = 0
    with archive.open(name, "w") as target:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            target.write(chunk)
    return digest.hexdigest(), size


def _write_text(archive, name, text):
    data = text.encode("utf-8")
    archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return hashlib.sha256(data).hexdigest(), len(data)


def _write_files(archive, entries):
    """Each entry's file under files/; the manifest rows of what was written."""
    manifest = []
    for number, entry in enumerate(entries, start=1):
        document = entry.resource.document
        if document is None:
            continue
        entry.path = _file_name(number, entry)
        with document.file.open("rb") as source:
            sha, size = _write_file(archive, entry.path, source)
        manifest.append({"path": entry.path, "sha256": sha, "bytes": size, "language": entry.file_language})
    return manifest


def _write_index(archive, pack_view, source_url, entries):
    """index.html in the pack's language: titles, summaries, cite-as lines, files and links."""
    query = f"?{pack_view.parameters}" if pack_view.parameters else ""
    with translation.override(pack_view.language_code):
        index = render_to_string(
            "resources/pack_index.html",
            {
                "entries": entries,
                "language_code": pack_view.language_code,
                "library_url": source_url,
                "view_url": source_url + query,
                "built_at": timezone.now(),
            },
        )
    sha, size = _write_text(archive, "index.html", index)
    return {"path": "index.html", "sha256": sha, "bytes": size, "language": pack_view.language_code}


def build(pack_view, origin, library_url, entries):
    """Write the ZIP for these entries to the media storage; return (storage name, size)."""
    name = storage_name(fingerprint(pack_view.language_code, entries, pack_view.parameters))
    if default_storage.exists(name):  # built already (a rebuild raced a request)
        return name, default_storage.size(name)
    source_url = origin + library_url
    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as spool:
        with zipfile.ZipFile(spool, "w", compression=zipfile.ZIP_STORED) as archive:
            manifest = _write_files(archive, entries)
            manifest.insert(0, _write_index(archive, pack_view, source_url, entries))
            _write_text(
                archive, "SHA256SUMS", "".join(f"{row['sha256']}  {row['path']}\n" for row in manifest)
            )
            description = {
                "format": PACK_FORMAT,
                "language": pack_view.language_code,
                "source": source_url,
                "filters": pack_view.parameters,
                "built_at": timezone.now().isoformat(),
                "files": manifest,
            }
            _write_text(archive, "manifest.json", json.dumps(description, indent=2, ensure_ascii=False))
        spool.seek(0)
        saved = default_storage.save(name, File(spool, name=posixpath.basename(name)))
        return saved, default_storage.size(saved)
