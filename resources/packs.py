"""Offline toolkit packs: every resource of a library view in one ZIP, in the visitor's language.

A pack holds, in one folder named for what it holds, each listed resource's file in the pack's
language where one is attached, else the source language's (each file labelled with its language
in its name, the index and the manifest; a view filtered by file language holds only files in
those languages), an index.html (titles, summaries, "cite as" lines, source URLs, links, the EU
funding line), a manifest.json and SHA256SUMS with the SHA-256 of every file. It is built once per
content state: `fingerprint()` hashes the resources' texts, revisions and files and the language,
and the ZIP is stored under that key in the default media storage (local or S3), so an unchanged
view is served without rebuilding.
"""

import hashlib
import json
import posixpath
import re
import tempfile
import zipfile
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlencode

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db.models import Case, Count, IntegerField, OuterRef, Prefetch, Subquery, Sum, Value, When
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify

from wagtail.models import Locale

from core.locales import locale_of
from resources.filters import LibraryFilters

from .models import Resource, ResourceFile

PACK_FORMAT = 2  # bump when the pack's layout changes, so every pack is rebuilt
PACK_FOLDER = "packs"
CHUNK = 64 * 1024


def max_bytes():
    return getattr(settings, "PACK_MAX_BYTES", 200 * 1024 * 1024)


def max_resources():
    return getattr(settings, "PACK_MAX_RESOURCES", 200)


MAX_NAME_LENGTH = 100
WORK_PACKAGE_SLUG = re.compile(r"[-\w]+")


def file_ranking(language_code, languages):
    """SQL order of a resource's files for a reader of `language_code`: theirs, then the source
    language's, then the site's order (the same as `chosen_file`)."""
    return Case(
        When(language=language_code, then=Value(-2)),
        When(language=settings.LANGUAGE_CODE, then=Value(-1)),
        *(When(language=code, then=Value(number)) for number, code in enumerate(languages)),
        default=Value(len(languages)),
        output_field=IntegerField(),
    )


def chosen_file(resource, language_code, allowed=None):
    """The file of `resource` a pack in `language_code` holds, among the `allowed` languages."""
    files = [item for item in resource.attached_files if allowed is None or item.language in allowed]
    return next(
        (
            item
            for preferred in (language_code, settings.LANGUAGE_CODE)
            for item in files
            if item.language == preferred
        ),
        files[0] if files else None,
    )


@dataclass
class PackEntry:
    """One resource in a pack, and its file there (None when it has none in the pack's languages)."""

    resource: Resource
    file: ResourceFile | None
    path: str = ""  # the file's name inside the pack's folder ('' for a link or no file)

    @property
    def file_language(self):
        return self.file.language if self.file else ""


def pack_file_size(language_code, file_languages=None):
    """An expression for a listed resource: the size of the file a pack in `language_code` (with
    files in `file_languages` only, if given) would hold of it."""
    files = ResourceFile.objects.filter(resource_id=OuterRef("pk"), document__isnull=False)
    if file_languages:
        files = files.filter(language__in=file_languages)
    codes = [code for code, _name in settings.LANGUAGES]
    chosen = files.order_by(file_ranking(language_code, codes), "sort_order").values("document__file_size")[
        :1
    ]
    return Subquery(chosen, output_field=IntegerField())


@dataclass
class PackView:
    """A library view as a pack: its language, filters and (optionally) a work package's slug."""

    language_code: str
    filters: LibraryFilters
    work_package: str = ""

    @classmethod
    def from_query(cls, language_code, query):
        # A page slug or nothing: a NUL byte or other junk must not reach the database (PostgreSQL
        # refuses NUL in a string) nor the stored view.
        work_package = (query.get("work_package") or "").strip()[:100]
        if not WORK_PACKAGE_SLUG.fullmatch(work_package):
            work_package = ""
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

    @property
    def file_languages(self):
        """The languages the view's files must be in (its File language filter), or None for any."""
        return self.filters.selected.get("language") or None

    def file_size(self):
        """An expression for a listed resource: the size of the file the pack would hold of it."""
        return pack_file_size(self.language_code, self.file_languages)

    def estimate(self):
        """(number of resources, bytes of the files the pack would hold) before anything is built:
        one query, each resource's chosen file found by a subquery."""
        found = self.resources().order_by().aggregate(count=Count("pk"), size=Sum(self.file_size()))
        return found["count"], found["size"] or 0

    def entries(self):
        """The pack's resources, each with the file it holds (two queries)."""
        resources = (
            self.resources()
            .select_related("locale")
            .prefetch_related(Prefetch("files", queryset=ResourceFile.objects.select_related("document")))
            .order_by("title", "pk")
        )
        allowed = self.file_languages
        return [PackEntry(item, chosen_file(item, self.language_code, allowed)) for item in resources]

    def name(self):
        """The pack named for what it holds: site, language and filters ("vet-web-sq-type-template")."""
        pairs = self.filters.params(without=("page", "sort"))
        if self.work_package:
            pairs.append(("work-package", self.work_package))
        words = [f"{key}-{value}" for key, value in pairs] or ["all"]
        stem = slugify(f"vet-web-{self.language_code}-{'-'.join(words)}")[:MAX_NAME_LENGTH].strip("-")
        return stem or f"vet-web-{self.language_code}"


def fingerprint(language_code, entries, parameters=""):
    """What the pack holds, as a hash: any change to a listed text, revision or file changes it
    (and the view's filters, which its index names)."""
    digest = hashlib.sha256(f"{PACK_FORMAT}\0{language_code}\0{parameters}".encode())
    for entry in entries:
        item = entry.resource
        attached = entry.file
        document = attached.document if attached and attached.document_id else None
        parts = [
            item.pk,
            item.live_revision_id,
            item.title,
            item.summary,
            item.publisher,
            item.publication_year,
            attached.url if attached else "",
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
    extension = entry.file.extension or "bin"
    return f"files/{number:03d}-{entry.resource.slug}-{entry.file_language}.{extension}"


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


def _write_files(archive, folder, entries):
    """Each entry's document under <folder>/files/; the manifest rows of what was written."""
    manifest = []
    for number, entry in enumerate(entries, start=1):
        if entry.file is None or not entry.file.document_id:
            continue
        entry.path = _file_name(number, entry)
        with entry.file.document.file.open("rb") as source:
            sha, size = _write_file(archive, f"{folder}/{entry.path}", source)
        manifest.append({"path": entry.path, "sha256": sha, "bytes": size, "language": entry.file_language})
    return manifest


def _write_index(archive, folder, pack_view, source_url, entries):
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
    sha, size = _write_text(archive, f"{folder}/index.html", index)
    return {"path": "index.html", "sha256": sha, "bytes": size, "language": pack_view.language_code}


def build(pack_view, origin, library_url, entries):
    """Write the ZIP for these entries to the media storage; return (storage name, size)."""
    name = storage_name(fingerprint(pack_view.language_code, entries, pack_view.parameters))
    if default_storage.exists(name):  # built already (a rebuild raced a request)
        return name, default_storage.size(name)
    source_url = origin + library_url
    folder = pack_view.name()
    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as spool:
        with zipfile.ZipFile(spool, "w", compression=zipfile.ZIP_STORED) as archive:
            manifest = _write_files(archive, folder, entries)
            manifest.insert(0, _write_index(archive, folder, pack_view, source_url, entries))
            _write_text(
                archive,
                f"{folder}/SHA256SUMS",
                "".join(f"{row['sha256']}  {row['path']}\n" for row in manifest),
            )
            description = {
                "format": PACK_FORMAT,
                "language": pack_view.language_code,
                "source": source_url,
                "filters": pack_view.parameters,
                "built_at": timezone.now().isoformat(),
                "files": manifest,
            }
            _write_text(
                archive, f"{folder}/manifest.json", json.dumps(description, indent=2, ensure_ascii=False)
            )
        spool.seek(0)
        saved = default_storage.save(name, File(spool, name=posixpath.basename(name)))
    if saved != name:
        # Another build of the same content saved first (the storage then picks a new name):
        # the same bytes, so keep one ZIP, the one under the content's name, and no untracked copy.
        default_storage.delete(saved)
    return name, default_storage.size(name)
