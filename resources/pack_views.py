"""The pack route of the library (/<lang>/resources/pack/?<filters>): the ZIP, or why not yet.

A plain GET link that works without JavaScript. A pack already built for the current content is
streamed from the media storage; otherwise it is built (in the background where a task worker
runs) and the visitor is asked to come back in a moment. Bots, HEAD requests and prefetches never
start a build. Past PACK_MAX_BYTES / PACK_MAX_RESOURCES the page says so and how to narrow it.
"""

from datetime import timedelta

from django.core.files.storage import default_storage
from django.http import FileResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control

from core.public_origin import public_origin
from visitors.counting import counts_once_today, is_countable

from .models import ResourceDownload, ToolkitPack
from .packs import PackView, fingerprint, max_bytes, max_resources
from .tasks import build_pack

RETRY_SECONDS = 30
REQUESTED_GRANULARITY = timedelta(hours=1)


def _stored(pack, key):
    return pack.key == key and pack.file_name and default_storage.exists(pack.file_name)


def _file_response(pack, view):
    response = FileResponse(
        default_storage.open(pack.file_name, "rb"),
        as_attachment=True,
        filename=f"{view.name()}.zip",
        content_type="application/zip",
    )
    add_never_cache_headers(response)  # the same URL gets a new ZIP after a change
    return response


def _count_downloads(request, pack, entries):
    """A person's first download of this pack today counts as a download of each file it holds, in
    the same daily counters as a file's own download link (links in its index are not downloads)."""
    if counts_once_today(request, f"pack:{pack.pk}"):
        held = [entry.resource for entry in entries if entry.file and entry.file.document_id]
        ResourceDownload.record_many(held, request.LANGUAGE_CODE)


def serve_pack(library, request):
    query = PackView.from_query(library.locale.language_code, request.GET)
    view = PackView.in_library(library, query.filters, query.work_package)
    count, size = view.estimate()
    context = {
        "page": library,
        "self": library,
        "library_url": library.get_url(request),
        "view_parameters": view.parameters,
        "resource_count": count,
        "estimated_size": size,
        "max_bytes": max_bytes(),
        "max_resources": max_resources(),
    }
    if count == 0 or count > max_resources() or size > max_bytes():
        context["state"] = "empty" if count == 0 else "too_large"
        return TemplateResponse(request, "resources/pack.html", context)
    pack = ToolkitPack.objects.filter(language_code=view.language_code, parameters=view.parameters).first()
    entries = view.entries()
    key = fingerprint(view.language_code, entries, view.parameters)
    if not (pack and _stored(pack, key)) and is_countable(request):  # bots never add or build a pack
        pack, _created = ToolkitPack.objects.get_or_create(
            language_code=view.language_code,
            parameters=view.parameters,
            defaults={"origin": public_origin(request)},
        )
        build_pack.enqueue(pack.pk)
        pack.refresh_from_db()
    if pack and _stored(pack, key):
        # Kept among the most recently asked for (resources/tasks.py forget_old_packs); to the
        # hour, so a popular pack is not a database write on every download.
        if pack.requested_at < timezone.now() - REQUESTED_GRANULARITY:
            ToolkitPack.objects.filter(pk=pack.pk).update(requested_at=timezone.now())
        _count_downloads(request, pack, entries)
        return _file_response(pack, view)
    context["state"] = "preparing"
    response = TemplateResponse(request, "resources/pack.html", context, status=202)
    response["Retry-After"] = str(RETRY_SECONDS)
    patch_cache_control(response, no_store=True)
    return response
