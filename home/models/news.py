"""News: articles in every language, an index filtered by topic and work package, and an RSS feed."""

import datetime
from urllib.parse import urlencode

from django.db import models
from django.db.models import Exists, OuterRef, Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from core import built_once
from core.api_fields import PublicRenditionField
from core.images import make_renditions
from core.json_script import json_for_script
from core.listing import page_of
from core.locales import active_locale, locale_of, localized_link
from core.pages import BasePage, IntroPage, children_to_count, section_page
from core.translation_state import expect_readings
from home.blocks import BodyStreamBlock
from home.feeds import NewsFeed
from home.news_filters import NewsFilters

from .snippets import Topic

NEWS_PER_PAGE = 10
SOCIAL_RENDITION = "fill-1200x630|format-jpeg"


def _news_under(path, depth):
    """Live news at `depth` under the page at `path`, newest first, with what a listing shows."""
    return (
        NewsPage.objects.filter(path__startswith=path, depth=depth)
        .live()
        .public()
        .select_related("locale", "alias_of__locale")
        # The tags with their tagged items: one query, not two.
        .prefetch_related(Prefetch("tagged_items", queryset=NewsPageTag.objects.select_related("tag")))
        .order_by("-date", "-pk")
    )


def _news_filtered(filters, path, depth):
    return filters.apply(_news_under(path, depth))


def _news_counted(filters, path, depth):
    """The items _news_filtered lists, as its page numbers count them (core.pages.children_to_count)."""
    return filters.apply(children_to_count(NewsPage, path, depth, fields=filters.active))


class NewsIndexPage(RoutablePageMixin, IntroPage):
    """The news of one language, newest first, filtered by ?tag= and ?work_package=; RSS at feed/."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("News index")

    def news(self):
        """Live news under this index, newest first, with what the listing shows."""
        return _news_under(self.path, self.depth + 1)

    def newest(self, count):
        """The `count` newest items (for the home page), the query's SQL built once per process."""
        return built_once.Listing(_news_filtered, self.path, self.depth + 1, shape=(NewsFilters(),))[:count]

    def filter_choices(self):
        """The tags used under this index, with labels in the page's language, and the work packages."""
        from .work_packages import WorkPackagePage  # work_packages imports this module

        # Each tag asks whether some news item here has it: the first found answers (through the
        # tags' index), where collecting the tags of every item grew with the news.
        news_here = NewsPage.objects.child_of(self).live().public()
        slugs = Tag.objects.filter(Exists(news_here.filter(tagged_items__tag=OuterRef("pk")))).values_list(
            "slug", flat=True
        )
        labels = Topic.labels(locale_of(self))
        tags = sorted(((slug, labels.get(slug, slug)) for slug in slugs), key=lambda tag: tag[1].lower())
        work_packages = (
            WorkPackagePage.objects.live().public().filter(locale_id=self.locale_id).order_by("number")
        )
        return {"tags": tags, "topic_labels": labels, "work_packages": list(work_packages)}

    @path("")
    def index_route(self, request):
        filters = NewsFilters.from_query(request.GET)
        # The cards' readings (which items read in English) are decided in one go.
        listing = built_once.Listing(
            _news_filtered, self.path, self.depth + 1, shape=(filters,), counted=_news_counted
        )
        page_obj = page_of(listing, request.GET.get("page"), NEWS_PER_PAGE, expect_readings)
        return self.render(
            request,
            context_overrides={
                "page_obj": page_obj,
                "filters": filters,
                "query_prefix": filters.query_prefix(),
                "feed_url": self.feed_url(request),
                # The news of the chosen topic as its own feed (home/feeds.py reads ?tag=).
                "topic_feed_url": f"{self.feed_url(request)}?{urlencode({'tag': filters.tag})}"
                if filters.tag
                else "",
                **self.filter_choices(),
            },
        )

    @path("feed/")
    def feed(self, request):
        return NewsFeed(self, Topic.labels(locale_of(self)))(request)

    def feed_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("feed")


class NewsPageTag(TaggedItemBase):
    """A language-neutral topic key on a news page (mobility, training, eqavet, …)."""

    content_object = ParentalKey("home.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsPage(BasePage):
    """A news article: date, summary, image, body, topics and the work package it reports on."""

    date = models.DateField(_("Date"), default=timezone.localdate)
    summary = models.TextField(
        _("Summary"), max_length=400, help_text=_("One or two sentences for listings and feeds.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"), blank=True)
    tags = ClusterTaggableManager(
        through=NewsPageTag,
        verbose_name=_("Topics"),
        blank=True,
        help_text=_("Language-neutral keys such as mobility or eqavet; labels come from the Topic snippets."),
    )
    related_work_package = models.ForeignKey(
        "home.WorkPackagePage",
        verbose_name=_("Work package"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_pages",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("tags"),
        FieldPanel("related_work_package"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    # What /api/v2/pages/ gives partner sites for an article (detail view; ?fields= in listings).
    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("image", serializer=PublicRenditionField("fill-1200x630|format-webp", read_only=True)),
        APIField("tags"),
        APIField("related_work_package"),
        APIField("body"),
    ]

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("News article")
        verbose_name_plural = _("News articles")
        # Newest first (the index, the feed, the home page): read in date order and stopped at the
        # page's last item, not every news item sorted (3.4 -> 0.6 ms for the feed at 1,000 items).
        indexes = [models.Index(fields=["date", "page_ptr"], name="home_news_by_date")]

    @property
    def meta_description(self):
        return self.search_description or self.summary

    def index_page(self):
        """The news index this page is listed in (the language's sections are read at once)."""
        if self.locale_id == active_locale().pk:
            section = section_page(NewsIndexPage)
            if section is not None and self.path.startswith(section.path):
                return section
        return self.get_parent().specific

    def topics(self, labels=None):
        """(slug, label) for each tag, labelled in the page's language."""
        labels = Topic.labels(locale_of(self)) if labels is None else labels
        if "tagged_items" in getattr(self, "_prefetched_objects_cache", {}):
            tags = [item.tag for item in self.tagged_items.all()]  # a listing's prefetch
        else:
            tags = self.tags.all()
        return [(tag.slug, labels.get(tag.slug, tag.name)) for tag in tags]

    def published_at(self):
        """The article's date as an aware datetime at 09:00 local time (RSS and JSON-LD want a time)."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time(9, 0)))

    def json_ld(self, request, topics, image_url=None):
        """schema.org NewsArticle describing this article, ready for a <script type=application/ld+json>."""
        url = request.build_absolute_uri(self.get_url(request))
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.summary,
            "datePublished": self.published_at().isoformat(),
            "inLanguage": self.content_language,
            "url": url,
            "mainEntityOfPage": url,
            "publisher": {"@type": "Organization", "name": "VET-WEB"},
            "keywords": [label for _slug, label in topics],
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if image_url:
            data["image"] = [image_url]
        return json_for_script(data)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = self.index_page()
        context["feed_url"] = index_page.feed_url(request) if isinstance(index_page, NewsIndexPage) else None
        context["news_index"] = index_page
        context["topics"] = topics = self.topics()
        context["work_package"] = localized_link(self, "related_work_package")
        image_url = None
        rendition = (
            make_renditions(self.image, SOCIAL_RENDITION).get(SOCIAL_RENDITION) if self.image_id else None
        )
        if rendition is not None:
            image_url = request.build_absolute_uri(rendition.url)
        context["json_ld"] = self.json_ld(request, topics, image_url=image_url)
        return context
