"""The Results page tells a funder what each work package delivered: its events and library entries
are counted from what the database links to it, in every language, and the Erasmus+ export still
lists only the partnership's own outputs (issue 28, item 12)."""

import csv
import io
import re

import pytest

from django.urls import reverse
from django.utils import translation
from django.utils.translation import ngettext

from wagtail.models import Locale

from editorial.roles import COORDINATOR
from events.models import EventPage
from home.models import NewsIndexPage, NewsPage, WorkPackagePage
from resources.models import Resource
from tests.editorial.conftest import user_for
from tests.factories.home import NewsPageFactory
from tests.html import parsed

pytestmark = pytest.mark.django_db

OWN_PUBLISHER = "VET-WEB partnership"


def linked_in_database():
    """{work package slug: (events, library entries)} linked to it, counted on the English originals
    (each is one event or entry in every language, translated or shown in English)."""
    counts = {}
    for package in WorkPackagePage.objects.live().filter(locale__language_code="en"):
        key = package.translation_key
        events = EventPage.objects.live().public().filter(locale__language_code="en")
        resources = Resource.objects.filter(locale__language_code="en", live=True)
        counts[package.slug] = (
            events.filter(work_package__translation_key=key).count(),
            resources.filter(work_package__translation_key=key).count(),
        )
    return counts


def outputs_shown(client, code):
    """{work package slug: its "Linked outputs" line} on the Results page in language `code`."""
    shown = {}
    for section in parsed(client.get(f"/{code}/results/")).select(".results-wp"):
        slug = section.select_one("h3 a")["href"].rstrip("/").rsplit("/", 1)[-1]
        shown[slug] = " ".join(section.select_one(".card__meta").get_text(" ").split())
    return shown


def label(code, singular, plural, n):
    with translation.override(code):
        return ngettext(singular, plural, n) % {"counter": n}


def lists(line, text):
    return re.search(r"(^|[\s:,])" + re.escape(text) + r"(,|$)", line) is not None


@pytest.mark.parametrize("code", ["en", "sq"])
def test_work_packages_show_the_events_and_library_entries_linked_to_them(client, code):
    linked = linked_in_database()
    shown = outputs_shown(client, code)

    assert set(shown) == set(linked)
    with_both = [slug for slug, (events, resources) in linked.items() if events and resources]
    assert len(with_both) >= 2, linked
    for slug, (events, resources) in linked.items():
        if events:
            events_label = label(code, "%(counter)s event", "%(counter)s events", events)
            assert lists(shown[slug], events_label), shown[slug]
        if resources:
            entries = label(code, "%(counter)s library entry", "%(counter)s library entries", resources)
            assert lists(shown[slug], entries), shown[slug]


def test_only_the_partnerships_own_entries_belong_to_a_work_package():
    linked = Resource.objects.filter(locale__language_code="en", work_package__isnull=False)

    assert linked.exists()
    assert set(linked.values_list("publisher", flat=True)) == {OWN_PUBLISHER}


def test_the_erasmus_export_lists_linked_entries_under_their_work_package_and_only_own_outputs(client):
    client.force_login(user_for(COORDINATOR))
    response = client.get(reverse("results_export"), {"format": "csv"})
    reader = csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")))
    rows = {row["Result title"]: row for row in reader}
    english = Resource.objects.filter(locale__language_code="en", live=True).select_related("work_package")

    for resource in english.filter(work_package__isnull=False):
        assert rows[resource.title]["Work package"] == resource.work_package.title
    lent = english.exclude(publisher=OWN_PUBLISHER).values_list("title", flat=True)
    assert lent and not set(lent) & set(rows)


def test_news_linked_to_either_language_version_of_a_work_package_count_for_it(client):
    """An Albanian news item may link to the English work package or to its Albanian translation:
    the Albanian Results page counts both for that work package, once each."""
    albanian = Locale.objects.get(language_code="sq")
    english_package = WorkPackagePage.objects.live().filter(locale__language_code="en").order_by("number")[0]
    albanian_package = english_package.get_translation(albanian)
    news_index = NewsIndexPage.objects.get(locale=albanian)
    news = NewsPage.objects.live().public().filter(locale=albanian)
    before = news.filter(related_work_package__translation_key=english_package.translation_key).count()

    for linked_to in (english_package, albanian_package):
        item = NewsPageFactory(parent=news_index, related_work_package=linked_to)
        item.save_revision().publish()

    news_items = label("sq", "%(counter)s news item", "%(counter)s news items", before + 2)
    assert lists(outputs_shown(client, "sq")[albanian_package.slug], news_items)
