"""RSS 2.0 "new in the library" per language (and optionally per framework), at the library's feed/.

Only entries readable in the feed's language are items: translations, or English entries in the
English feed. An English entry standing in for a missing translation is left out, as the news
feeds leave out untranslated news (DESIGN "Languages").
"""

from django.contrib.syndication.views import Feed
from django.db.models import Exists, OuterRef
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from core.listing import clean_text
from core.translation_state import not_translated

from .models import Framework, Resource, ResourceFramework

FEED_LENGTH = 20


class NewInLibraryFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, library):
        super().__init__()
        self.library = library

    def get_object(self, request, *args, **kwargs):
        self.request = request
        slug = clean_text(request.GET.get("framework"), 60)
        self.framework = self.frameworks().get(slug) if slug else None
        return self.library

    def frameworks(self):
        """{slug: the live framework in the library's language, else in another}."""
        found = {}
        for framework in Framework.objects.filter(live=True).order_by("locale_id", "pk"):
            if framework.slug not in found or framework.locale_id == self.library.locale_id:
                found[framework.slug] = framework
        return found

    def title(self, obj):
        if self.framework:
            return _("New in the VET-WEB library: %(framework)s") % {"framework": self.framework.label}
        return _("New in the VET-WEB library")

    def description(self, obj):
        return obj.intro or _("Tools, guides and templates newly added to the VET-WEB resource library")

    def link(self, obj):
        return self.request.build_absolute_uri(obj.get_url(self.request))

    def feed_url(self, obj):
        url = obj.get_url(self.request) + obj.reverse_subpage("feed")
        if self.framework:
            url += f"?framework={self.framework.slug}"
        return self.request.build_absolute_uri(url)

    def items(self, obj):
        entries = Resource.objects.filter(locale=obj.locale, live=True).exclude(not_translated(Resource))
        if self.framework:
            # Asked of each entry (EXISTS), not as the list of the framework's entries (the library
            # facet's IN): the database then reads the newest entries from their index and stops at
            # the FEED_LENGTH-th, where the list made it read and sort every entry of the framework
            # (10,000 entries, SQLite: 2.3 -> 0.3 ms).
            filed = ResourceFramework.objects.filter(
                resource=OuterRef("pk"), framework__slug=self.framework.slug
            )
            entries = entries.filter(Exists(filed))
        entries = list(entries.select_related("locale").order_by("-created_at", "-pk")[:FEED_LENGTH])
        for item in entries:
            item.feed_link = self.request.build_absolute_uri(self.library.resource_url(item, self.request))
        return entries

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.feed_link

    def item_pubdate(self, item):
        return item.first_published_at or item.created_at

    def item_updateddate(self, item):
        return item.last_published_at
