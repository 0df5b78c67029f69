"""What visitors search for, counted per language and day, without any personal data."""

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core.folding import fold_for_search
from core.pages import public
from core.translation_state import not_translated

LOGGED_QUERY_LENGTH = 200


class SearchQueryLog(models.Model):
    """One query in one language on one day: how often it was searched and how many results it had.

    Stores neither IP addresses nor users; queries are folded and capped so near-identical queries
    share a row and no query makes a row larger than the cap.
    """

    language_code = models.CharField(_("Language"), max_length=10)
    date = models.DateField(_("Date"))
    query = models.CharField(_("Query"), max_length=LOGGED_QUERY_LENGTH)
    searches = models.PositiveIntegerField(_("Searches"), default=0)
    results = models.PositiveIntegerField(
        _("Results"), default=0, help_text=_("Results of the latest search.")
    )

    class Meta:
        verbose_name = _("Search query")
        verbose_name_plural = _("Search queries")
        constraints = [
            models.UniqueConstraint(
                fields=["language_code", "date", "query"], name="unique_query_per_language_day"
            )
        ]
        indexes = [models.Index(fields=["language_code", "-date"])]

    def __str__(self):
        return self.query

    @classmethod
    def record(cls, language_code, query, results):
        """Count one search; a racing first search of the same query is merged, not lost."""
        key = {
            "language_code": language_code,
            "date": timezone.localdate(),
            "query": fold_for_search(query)[:LOGGED_QUERY_LENGTH].strip(),
        }
        if not key["query"]:
            return
        if cls.objects.filter(**key).update(searches=F("searches") + 1, results=results):
            return
        day = {"language_code": language_code, "date": key["date"]}
        if cls.objects.filter(**day).count() >= settings.SEARCH_LOG_NEW_QUERIES_PER_DAY:
            return  # new queries per language and day are capped: junk cannot grow the table without bound
        try:
            with transaction.atomic():
                cls.objects.create(**key, searches=1, results=results)
        except IntegrityError:
            cls.objects.filter(**key).update(searches=F("searches") + 1, results=results)


def promoted_pages(query, locale):
    """Pages editors pinned for this query (Wagtail's search promotions), in the visitor's language.

    A promotion names one page; the visitor gets that page's real translation in their locale,
    when there is one. Never creates a Query row (bots would fill the table).
    """
    promotions = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(query), page__isnull=False
    ).order_by("sort_order")
    keys = list(promotions.values_list("page__translation_key", flat=True)[:10])
    if not keys:  # most queries: no page to look for
        return []
    pages = (
        public(Page.objects.live().filter(locale=locale, translation_key__in=keys))
        .exclude(not_translated(Page))
        .specific()
    )
    by_key = {page.translation_key: page for page in pages}
    return [by_key[key] for key in keys if key in by_key]


class SearchTerm(models.Model):
    """One word form (search/word_forms.py) of one page or library entry: the site search's index.

    Written beside Wagtail's own index whenever Wagtail indexes an object (search/backend.py), read
    with plain indexed lookups (search/engine.py): the same rows and the same results on SQLite and
    PostgreSQL. `weight` is the best field the form appears in (title 3, summary or tags 2, text 1);
    `is_word` marks a word as written (`written`, with its diacritics), the vocabulary "Did you mean"
    offers.
    """

    content_type_id = models.PositiveIntegerField()
    object_id = models.PositiveIntegerField()
    locale_id = models.PositiveIntegerField()
    term = models.CharField(max_length=40)
    weight = models.PositiveSmallIntegerField(default=1)
    is_word = models.BooleanField(default=False)
    written = models.CharField(max_length=40, blank=True)  # a word as written (is_word), for "Did you mean"

    class Meta:
        indexes = [
            # A query's lookup reads this index alone (a covering index on both databases).
            models.Index(
                fields=["term", "content_type_id", "locale_id", "object_id", "weight"],
                name="search_term_lookup",
            ),
            # Rewriting an object's forms. Not led by the content type: SQLite would then read a
            # kind's every form through it, in object order, rather than the lookup index.
            models.Index(fields=["object_id", "content_type_id"], name="search_term_object"),
            # The words as written, for "Did you mean" (search.engine.suggestion) and word starts:
            # read from this index alone. Without it PostgreSQL scanned the whole table for a
            # misspelt word's ~500 neighbours (85 ms at 10,000 items per model, 5 ms with it).
            # is_word, always true here, is listed for SQLite to see that the index covers them.
            models.Index(
                fields=["term", "locale_id", "written", "is_word"],
                condition=models.Q(is_word=True),
                name="search_term_vocabulary",
            ),
        ]

    def __str__(self):
        return self.term
