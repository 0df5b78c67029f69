"""Translation state is decided per list in a few queries, never one per item."""

import datetime

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object

from core.translation_state import NOT_TRANSLATED, readings
from home.models import NewsIndexPage, NewsPage
from tests.factories.home import NewsPageFactory


def add_news(index, count, start):
    for number in range(start, start + count):
        # Dated after the seeded news, so they fill the listing's first page.
        page = NewsPageFactory(parent=index, slug=f"state-q-{number}", date=datetime.date(2030, 1, 1))
        page.save_revision().publish()


def sent_for_translation(locale, slugs):
    """The officer's *Translate this page*, without the admin: real copies, nothing translated."""
    for slug in slugs:
        page = NewsPage.objects.get(slug=slug, locale__language_code="en")
        translate_object(page, [locale])


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_readings_of_many_pages_take_the_same_queries_as_of_one(home_page, locales, run_on_commit):
    index = NewsIndexPage.objects.child_of(home_page).get()
    add_news(index, 20, 0)
    call_command("sync_locale_trees")
    sent_for_translation(locales["sq"], [f"state-q-{n}" for n in range(0, 20, 2)])
    albanian = list(
        NewsPage.objects.filter(slug__startswith="state-q-", locale=locales["sq"]).select_related("locale")
    )

    with CaptureQueriesContext(connection) as one:
        readings([Page.objects.select_related("locale").get(pk=albanian[0].pk)])
    with CaptureQueriesContext(connection) as many:
        states = readings(albanian)

    assert len(many) <= max(len(one), 2)
    assert {state.state for state in states.values()} == {NOT_TRANSLATED}
    assert TranslationSource.objects.filter(object_id__in=[p.translation_key for p in albanian]).count() == 10


def test_albanian_news_listing_queries_do_not_grow_with_untranslated_items(
    client, home_page, locales, run_on_commit
):
    """A full first page of untranslated news (aliases and empty translations), then twice as
    many news in total: the same queries (readings() itself is counted above, 1 vs 20 items)."""
    index = NewsIndexPage.objects.child_of(home_page).get()
    url = "/sq/news/"
    add_news(index, 10, 100)
    call_command("sync_locale_trees")
    sent_for_translation(locales["sq"], [f"state-q-{n}" for n in range(100, 110, 2)])
    few = count_queries(client, url)

    add_news(index, 10, 110)
    call_command("sync_locale_trees")
    sent_for_translation(locales["sq"], [f"state-q-{n}" for n in range(110, 120, 2)])
    assert count_queries(client, url) == few
    assert client.get(url).content.decode().count('<li lang="en">') == 10  # a full page, all still English
