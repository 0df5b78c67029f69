"""A query whose SQL is kept for the process (core/built_once.py) reads what Django would read, for
every kind of value, and keeps nothing about content: what changes shows on the next call."""

import datetime
import json
import threading

import pytest

from django.core.paginator import Paginator
from django.db import connection, connections
from django.db.models import Prefetch
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import built_once
from events.models import EventPage
from home.models import NewsPage, NewsPageTag
from resources.models import Resource
from tests.factories.events import EventPageFactory
from tests.factories.home import NewsPageFactory
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    from home.models import NewsIndexPage

    return NewsIndexPage.objects.child_of(home_page).get()


@pytest.fixture
def kept_only(monkeypatch):
    """Calls as in production: the kept SQL alone, without the tests' comparison with Django's."""
    monkeypatch.setattr(built_once, "CHECK", False)


def _news(path, depth, date):
    """Every kind of value at once: a path in a LIKE, a depth, a date; with related rows."""
    return (
        NewsPage.objects.filter(path__startswith=path, depth=depth, date__gte=date)
        .select_related("locale")
        .prefetch_related(Prefetch("tagged_items", queryset=NewsPageTag.objects.select_related("tag")))
        .order_by("-date", "pk")
    )


def _events_after(moment, keys):
    return EventPage.objects.filter(start__gte=moment, translation_key__in=keys).order_by("start")


def _entries(slugs):
    return Resource.objects.filter(slug__in=slugs).order_by("slug")


def _by_title(title):
    return NewsPage.objects.filter(title=title)


def test_kept_sql_reads_what_django_reads_for_paths_numbers_and_dates(news_index, kept_only):
    page = NewsPageFactory(parent=news_index, title="Kept one", date=datetime.date(2030, 1, 2))
    page.tags.add("eqavet")
    page.save()
    values = (news_index.path, news_index.depth + 1, datetime.date(2030, 1, 1))

    first = built_once.fetch(_news, *values)
    second = built_once.fetch(_news, *values)

    expected = list(_news(*values))
    assert [page.pk for page in first] == [page.pk for page in second] == [page.pk for page in expected]
    assert [page.title for page in second] == ["Kept one"]
    assert second[0].locale.language_code == "en"  # select_related
    with CaptureQueriesContext(connection) as queries:
        assert [item.tag.name for item in second[0].tagged_items.all()] == ["eqavet"]  # prefetched
    assert len(queries) == 0


def test_other_values_give_their_own_rows(news_index, kept_only):
    NewsPageFactory(parent=news_index, title="Old", date=datetime.date(2029, 6, 1))
    NewsPageFactory(parent=news_index, title="New", date=datetime.date(2031, 6, 1))
    path, depth = news_index.path, news_index.depth + 1

    since_2029 = built_once.fetch(_news, path, depth, datetime.date(2029, 1, 1))
    since_2031 = built_once.fetch(_news, path, depth, datetime.date(2031, 1, 1))

    assert [page.title for page in since_2029] == ["New", "Old"]
    assert [page.title for page in since_2031] == ["New"]


def test_times_and_translation_keys_in_a_list(home_page, kept_only):
    from events.models import EventIndexPage

    index = EventIndexPage.objects.child_of(home_page).get()
    soon = EventPageFactory(parent=index, start=timezone.now() + datetime.timedelta(days=400))
    later = EventPageFactory(parent=index, start=timezone.now() + datetime.timedelta(days=500))
    moment = timezone.now() + datetime.timedelta(days=399)

    both = built_once.fetch(_events_after, moment, [soon.translation_key, later.translation_key])
    one = built_once.fetch(_events_after, moment, [later.translation_key, soon.translation_key][:1])

    assert [event.pk for event in both] == [soon.pk, later.pk]
    assert [event.pk for event in one] == [later.pk]


def test_nothing_about_content_is_kept(news_index, kept_only):
    values = (news_index.path, news_index.depth + 1, datetime.date(2032, 1, 1))
    assert built_once.fetch(_news, *values) == []

    NewsPageFactory(parent=news_index, title="Published from a shell", date=datetime.date(2032, 3, 1))

    assert [page.title for page in built_once.fetch(_news, *values)] == ["Published from a shell"]


def test_the_sql_is_built_once_per_shape(news_index, kept_only):
    built = []

    def counted_build(path, depth, date):
        built.append(date)
        return _news(path, depth, date)

    years = [datetime.date(year, 1, 1) for year in (2030, 2031, 2032)]
    built_once.fetch(counted_build, news_index.path, news_index.depth + 1, years[0])
    first_call = len(built)
    for date in years[1:]:
        built_once.fetch(counted_build, news_index.path, news_index.depth + 1, date)

    assert len(built) == first_call  # built on the first call only (twice, with stand-ins)
    assert not set(built) & set(years)  # never with a visitor's values


def _among(ids_json):
    return Resource.objects.filter(built_once.AmongIds("pk", ids_json)).order_by("pk")


def test_ids_given_as_one_json_array_keep_one_sql_for_any_number_of_them(kept_only):
    entries = [ResourceFactory() for _ in range(4)]
    built = []

    def counted_build(ids_json):
        built.append(ids_json)
        return _among(ids_json)

    for wanted in (entries[:1], entries[1:4], [], entries):
        ids = json.dumps([entry.pk for entry in wanted])
        assert built_once.fetch(counted_build, ids) == sorted(wanted, key=lambda entry: entry.pk)
    assert len(built) == 2  # the first call builds it twice, with stand-ins; then never again


def test_an_empty_list_and_a_value_like_would_escape_take_the_usual_query(kept_only):
    ResourceFactory(slug="under_score")
    ResourceFactory(slug="plain")

    assert built_once.fetch(_entries, []) == []
    assert [entry.slug for entry in built_once.fetch(_entries, ["under_score", "plain"])] == [
        "plain",
        "under_score",
    ]
    starting = built_once.fetch(lambda prefix: Resource.objects.filter(slug__startswith=prefix), "under_")
    assert [entry.slug for entry in starting] == ["under_score"]


def test_a_query_whose_sql_depends_on_a_value_is_refused():
    def computed(number):
        return NewsPage.objects.filter(depth=number + 1)  # the value itself never reaches the SQL

    with pytest.raises(ValueError, match="changes a value before the query reads it"):
        built_once.fetch(computed, 3)


def test_under_the_tests_every_fetch_is_compared_with_djangos_own_sql():
    def branching(title):
        queryset = NewsPage.objects.filter(title=title)
        return queryset.filter(live=True) if title.startswith("bo") else queryset  # stand-ins start so

    with pytest.raises(AssertionError, match="built other SQL"):
        built_once.fetch(branching, "A real title")


def test_a_listing_gives_the_paginator_its_count_and_page(news_index, kept_only):
    for day in range(1, 6):
        NewsPageFactory(parent=news_index, title=f"Day {day}", date=datetime.date(2033, 1, day))
    listing = built_once.Listing(_news, news_index.path, news_index.depth + 1, datetime.date(2033, 1, 1))

    page = Paginator(listing, 2).get_page(2)

    assert page.paginator.count == 5
    assert [item.title for item in page.object_list] == ["Day 3", "Day 2"]
    assert list(Paginator(built_once.Listing(_by_title, "No such title"), 2).get_page(1).object_list) == []


def test_each_thread_reads_through_its_own_connection(news_index, kept_only):
    """gunicorn's threads share the kept SQL, never a database connection (SQLite refuses a
    connection made in another thread)."""
    values = (news_index.path, news_index.depth + 1, datetime.date(2000, 1, 1))
    here = built_once.fetch(_news, *values)  # kept by this thread
    outcome = []

    def in_a_thread():
        try:
            outcome.append(built_once.fetch(_news, *values))
        except Exception as error:  # noqa: BLE001 - the test reports it
            outcome.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join()

    assert [page.pk for page in outcome[0]] == [page.pk for page in here]
