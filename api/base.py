"""What every endpoint of /api/v2/ shares: JSON only, bounded pagination, and a JSON 400 or 404 for
anything a client can get wrong (never a 500, never an HTML page)."""

from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DataError
from django.http import Http404, JsonResponse
from django.utils.functional import classproperty

from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale

MAX_OFFSET = 10_000


def bounded_int(request, name, default, maximum):
    """A non-negative integer GET parameter no larger than `maximum`, or a BadRequestError saying why."""
    raw = request.GET.get(name)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 9:
        raise BadRequestError(f"{name} must be a whole number from 0 to {maximum}")
    value = int(raw)
    if value > maximum:
        raise BadRequestError(f"{name} cannot be higher than {maximum}")
    return value


class BoundedPagination(WagtailPagination):
    """Wagtail's offset/limit pagination, refusing offsets a database cannot hold (SQLite overflowed)."""

    def paginate_queryset(self, queryset, request, view=None):
        limit_max = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)
        offset = bounded_int(request, "offset", 0, MAX_OFFSET)
        limit = bounded_int(request, "limit", min(20, limit_max), limit_max)
        self.view = view
        # A ranked search hands over a list of ids; querysets count in the database.
        self.total_count = len(queryset) if isinstance(queryset, list) else queryset.count()
        return queryset[offset : offset + limit]


def site_languages():
    return [code for code, _name in settings.LANGUAGES]


def requested_locale(request, default=None):
    """The Locale named by ?locale=, `default` when absent; an unknown code is a BadRequestError."""
    code = request.GET.get("locale")
    if code is None:
        return default
    locale = Locale.objects.filter(language_code=code).first() if code in site_languages() else None
    if locale is None:
        raise BadRequestError(f"unknown locale {code[:20]!r}: use one of {', '.join(site_languages())}")
    return locale


class AlwaysJSON(BaseContentNegotiation):
    """JSON whatever the client's Accept header says (a browser asking for HTML gets JSON, not 406)."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class JSONErrorsMixin:
    """JSON rendering only, and client mistakes answered as JSON 400 / 404 with a message."""

    pagination_class = BoundedPagination
    content_negotiation_class = AlwaysJSON

    @classproperty
    def renderer_classes(cls):
        return [JSONRenderer]

    def handle_exception(self, exc):
        if isinstance(exc, ValidationError):
            return Response({"message": " ".join(exc.messages)}, status=400)
        if isinstance(exc, OverflowError | DataError):  # SQLite / PostgreSQL: a number out of range
            return Response({"message": "a number in the query is too large"}, status=400)
        if isinstance(exc, BadRequestError | Http404):
            status = 404 if isinstance(exc, Http404) else 400
            return Response({"message": str(exc) or "not found"}, status=status)
        return super().handle_exception(exc)


def json_not_found(request, *args, **kwargs):
    """Any other path under /api/v2/: a JSON 404 that lists the endpoints."""
    return JsonResponse({"message": "no such endpoint: use /api/v2/pages/ or /api/v2/resources/"}, status=404)
