"""The RSS 2.0 feed of one language's news (one feed per NewsIndexPage, at its feed/ route), and of
one topic with ?tag=<topic slug> (feed/?tag=eqf), as the news index filters by it."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from core.translation_state import not_translated
from home.news_filters import NewsFilters

FEED_LENGTH = 20


class NewsFeed(Feed):
    """The latest news written in the index's language; untranslated copies of English news are
    left out, so a reader of the Albanian feed gets Albanian items only."""

    feed_type = Rss201rev2Feed

    def __init__(self, index_page, topic_labels):
        """`topic_labels`: {tag slug: label} in the index's language (see Topic.labels)."""
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code
        self.topic_labels = topic_labels

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.tag = NewsFilters.from_query(request.GET).tag
        return self.index_page

    def title(self, obj):
        if self.tag:
            return _("VET-WEB news: %(topic)s") % {"topic": self.topic_labels.get(self.tag, self.tag)}
        return _("VET-WEB news")

    def description(self, obj):
        return obj.intro or _("News from the VET-WEB project")

    def link(self, obj):
        return self.request.build_absolute_uri(obj.get_url(self.request))

    def feed_url(self, obj):
        query = f"?tag={self.tag}" if self.tag else ""
        return self.request.build_absolute_uri(obj.feed_url(self.request) + query)

    def items(self, obj):
        # Only news the reader gets in this feed's language (not aliases or empty translations).
        news = obj.news().exclude(not_translated(obj.news().model))
        if self.tag:
            news = news.filter(tagged_items__tag__slug=self.tag)
        entries = list(news.prefetch_related("tagged_items__tag")[:FEED_LENGTH])
        for item in entries:
            # The host the reader used, like the pages' canonical links (not the Site's hostname).
            item.feed_link = self.request.build_absolute_uri(item.get_url(self.request))
            item.feed_pubdate = item.published_at()
            item.feed_categories = [label for _slug, label in item.topics(self.topic_labels)]
        return entries

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.feed_link

    def item_pubdate(self, item):
        return item.feed_pubdate

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return item.feed_categories
