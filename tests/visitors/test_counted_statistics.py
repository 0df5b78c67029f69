"""Download and search figures reported to the funder count people, once a day, and keep nothing
about them: no address, no user agent, no salt next to the hashes."""

import datetime

import pytest

from django.utils import timezone

from resources.models import Resource, ResourceDownload
from search.models import SearchQueryLog
from visitors.models import DailyVisitor

pytestmark = pytest.mark.django_db
SLUG = "eqavet-indicators-workbook"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


def downloads_today():
    resource = Resource.objects.get(slug=SLUG, locale__language_code="en")
    rows = ResourceDownload.objects.filter(resource=resource, language_code="en", date=timezone.localdate())
    return sum(row.count for row in rows)


def download(client, address="198.51.100.10", agent=BROWSER, method="get", **headers):
    send = getattr(client, method)
    return send(f"/en/resources/{SLUG}/download/", REMOTE_ADDR=address, HTTP_USER_AGENT=agent, **headers)


def test_one_visitor_counts_once_a_day_however_often_they_click(client):
    for _ in range(20):
        assert download(client).status_code == 302
    assert downloads_today() == 1


def test_two_visitors_count_twice(client):
    download(client, address="198.51.100.10")
    download(client, address="198.51.100.11")
    download(client, agent=BROWSER + " Edg/131.0")
    assert downloads_today() == 3


@pytest.mark.parametrize(
    ("method", "headers", "agent"),
    [
        ("head", {}, BROWSER),
        ("get", {"HTTP_SEC_PURPOSE": "prefetch"}, BROWSER),
        ("get", {"HTTP_PURPOSE": "prefetch"}, BROWSER),
        ("get", {}, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
        ("get", {}, "curl/8.5.0"),
        ("get", {}, "python-requests/2.32"),
    ],
)
def test_head_prefetch_and_bots_are_not_counted(client, method, headers, agent):
    response = download(client, method=method, agent=agent, **headers)
    assert response.status_code == 302
    assert downloads_today() == 0


def test_nothing_personal_is_stored(client):
    download(client, address="203.0.113.77", agent="Mozilla/5.0 UniqueAgent/9")

    stored = str(list(DailyVisitor.objects.values())) + str(list(ResourceDownload.objects.values()))
    assert "203.0.113.77" not in stored and "UniqueAgent" not in stored
    assert {field.name for field in DailyVisitor._meta.get_fields()} == {"id", "date", "digest"}


def test_a_new_day_forgets_yesterdays_visitors(client):
    DailyVisitor.objects.create(date=timezone.localdate() - datetime.timedelta(days=1), digest="0" * 64)
    download(client)
    assert list(DailyVisitor.objects.values_list("date", flat=True)) == [timezone.localdate()]


def test_new_search_queries_per_day_are_capped(client, settings):
    settings.SEARCH_LOG_NEW_QUERIES_PER_DAY = 3
    for number in range(10):
        client.get("/en/search/", {"q": f"junk{number}"})
    client.get("/en/search/", {"q": "junk0"})

    rows = SearchQueryLog.objects.filter(language_code="en", date=timezone.localdate())
    assert rows.count() == 3
    assert rows.get(query="junk0").searches == 2, "known queries still count"


def test_bots_and_prefetches_do_not_enter_the_search_log(client):
    client.get("/en/search/", {"q": "crawled"}, HTTP_USER_AGENT="Mozilla/5.0 (compatible; bingbot/2.0)")
    client.get("/en/search/", {"q": "prefetched"}, HTTP_SEC_PURPOSE="prefetch;prerender")
    client.head("/en/search/", {"q": "headed"})
    assert not SearchQueryLog.objects.filter(query__in=["crawled", "prefetched", "headed"]).exists()


def test_the_reports_say_what_is_counted(client, officer):
    client.force_login(officer)
    downloads = client.get("/admin/reports/resource-downloads/").content.decode()
    searches = client.get("/admin/reports/search-queries/").content.decode()
    assert "once per visitor, resource and day" in downloads
    assert "known bots" in downloads
    assert "Only a limited number of new queries" in searches
