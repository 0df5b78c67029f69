"""Feeds whose XML is the same for every reader until the content changes."""

from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpResponse

from ops.content_cache import per_generation


class KeptFeedMixin:
    """Put before Django's Feed: the feed's response is built once per content generation, host and
    language, and for its `kept_parts()` (what tells its variants apart, read after get_object:
    a topic, a framework). Feed readers poll; the page cache answers most of them, this the rest,
    whatever the number of items (a feed's XML grew with them up to its length)."""

    def kept_parts(self):
        return ()

    def __call__(self, request, *args, **kwargs):
        try:
            self.get_object(request, *args, **kwargs)
        except ObjectDoesNotExist:
            raise Http404("Feed object does not exist.") from None

        def build():
            response = super(KeptFeedMixin, self).__call__(request, *args, **kwargs)
            return response.content, response["Content-Type"], response.get("Last-Modified")

        content, content_type, last_modified = per_generation(
            f"feed:{type(self).__name__}", build, *self.kept_parts(), request=request
        )
        response = HttpResponse(content, content_type=content_type)
        if last_modified:
            response["Last-Modified"] = last_modified
        return response
