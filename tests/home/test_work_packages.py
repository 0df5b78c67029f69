"""Work packages in four languages: status and progress on the index, deliverables, the lead
partner and everything linked to a work package on its page."""

import datetime
import re

import pytest

from django.core.exceptions import ValidationError

from wagtail_localize.models import Translation, TranslationSource

from demo.data import content, in_language
from events.models import EventIndexPage
from home.models import Deliverable, WorkPackageIndexPage, WorkPackagePage
from tests.conftest import LANGUAGES
from tests.factories.events import EventPageFactory
from tests.factories.home import NewsPageFactory, WorkPackagePageFactory
from tests.factories.resources import ResourceFactory

WORK_PACKAGES = content("project")["work_packages"]

INDEX_TITLE = {
    "en": "Work packages",
    "sq": "Paketat e punës",
    "cnr": "Radni paketi",
    "it": "Pacchetti di lavoro",
}
WP3_TITLE = {
    "en": "Trainer mobility and piloting of tools",
    "sq": "Lëvizshmëria e trajnerëve dhe pilotimi i mjeteve",
    "cnr": "Mobilnost trenera i pilotiranje alata",
    "it": "Mobilità dei formatori e sperimentazione degli strumenti",
}
RUNNING = {"en": "Running", "sq": "Në zbatim", "cnr": "U toku", "it": "In corso"}
WP1_PROGRESS = {
    "en": "2 of 3 deliverables delivered",
    "sq": "2 nga 3 rezultate të dorëzuara",
    "cnr": "2 od 3 isporuke završeno",
    "it": "2 di 3 prodotti consegnati",
}


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.mark.parametrize("code", LANGUAGES)
def test_index_lists_every_work_package_with_status_and_progress(client, db, code):
    response = client.get(f"/{code}/work-packages/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{INDEX_TITLE[code]}</h1>" in html
    assert re.findall(r'<p class="card__eyebrow">(WP\d)</p>', html) == [f"WP{n}" for n in range(1, 7)]
    assert WP3_TITLE[code] in html
    assert f'<span class="status status--running">{RUNNING[code]}</span>' in html
    assert WP1_PROGRESS[code] in text_of(html)
    assert '<progress value="2" max="3" aria-hidden="true"></progress>' in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_work_package_page_shows_deliverables_and_lead_partner(client, db, code):
    response = client.get(f"/{code}/work-packages/trainer-mobility/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{WP3_TITLE[code]}</h1>" in html
    assert f'<article lang="{code}">' in html
    deliverables = Deliverable.objects.filter(page__locale__language_code=code, page__slug="trainer-mobility")
    assert sorted(deliverables.values_list("title", flat=True)) == sorted(
        in_language(item["title"], code) for item in WORK_PACKAGES[2]["deliverables"]
    )
    for deliverable in deliverables:
        assert deliverable.title in html
    assert "Asociación FRESS" in html
    assert '<time datetime="2024-05-15">' in html


def test_progress_counts_delivered_deliverables_only(db):
    index = WorkPackageIndexPage.objects.get(locale__language_code="en")
    counts = {wp.slug: (wp.deliverables_done, wp.deliverables_total) for wp in index.listed()}
    assert counts == {
        "management": (2, 3),
        "staff-mobility": (2, 2),
        "trainer-mobility": (2, 2),
        "networking": (1, 2),
        "tools-sharing": (0, 2),
        "dissemination": (1, 2),
    }


@pytest.mark.parametrize("code", LANGUAGES)
def test_news_linked_to_a_work_package_appear_on_its_page(client, db, code):
    wp = WorkPackagePage.objects.get(locale__language_code=code, slug="trainer-mobility")
    linked = [news.slug for news in wp.linked_items()["news"]]
    assert linked == ["final-stage-barcelona", "mobility-friuli-venezia-giulia"]
    html = client.get(f"/{code}/work-packages/trainer-mobility/").content.decode()
    assert f'<a href="/{code}/news/final-stage-barcelona/">' in html


def test_newly_published_news_appears_on_its_work_package_automatically(client, home_page):
    # Management is the work package the demo links nothing to (the others have events and entries).
    wp = WorkPackagePage.objects.get(locale__language_code="en", slug="management")
    before = client.get("/en/work-packages/management/").content.decode()
    assert "Nothing has been reported for this work package yet." in before
    index = home_page.get_children().get(slug="news")
    news = NewsPageFactory(
        parent=index, title="Partner meeting in Nikšić", slug="partner-meeting", related_work_package=wp
    )
    news.save_revision().publish()
    after = client.get("/en/work-packages/management/").content.decode()
    assert '<a href="/en/news/partner-meeting/">Partner meeting in Nikšić</a>' in after


def test_events_and_library_resources_of_a_work_package_appear_on_its_page(client, home_page):
    wp = WorkPackagePage.objects.get(locale__language_code="en", slug="networking")
    ResourceFactory(title="Networking toolkit", slug="networking-toolkit", work_package=wp)
    events = EventIndexPage.objects.get(locale__language_code="en")
    EventPageFactory(parent=events, title="Partners' round table", slug="round-table", work_package=wp)

    english = client.get("/en/work-packages/networking/").content.decode()
    assert '<a href="/en/resources/networking-toolkit/">Networking toolkit</a>' in english
    assert '<a href="/en/events/round-table/">Partners&#x27; round table</a>' in english
    # Not translated yet: Albanian visitors still find the resource, in their own library.
    albanian = client.get("/sq/work-packages/networking/").content.decode()
    assert '<a href="/sq/resources/networking-toolkit/">Networking toolkit</a>' in albanian


def test_a_deliverable_in_the_library_links_to_its_page_in_the_visitors_language(client, db, run_on_commit):
    resource = ResourceFactory(title="Quality plan template", slug="quality-plan-template")
    wp = WorkPackagePage.objects.get(locale__language_code="en", slug="management")
    deliverable = wp.deliverables.get(title="Quality plan")
    deliverable.resource = resource
    deliverable.save()
    wp.save_revision().publish()
    english = client.get("/en/work-packages/management/").content.decode()
    assert '<a href="/en/resources/quality-plan-template/">Quality plan</a>' in english

    # Once the Albanian translation is synced, it links the same resource in the Albanian library
    # (shown there in English until it is translated), and keeps its translated title.
    source = TranslationSource.objects.get_for_instance(wp)
    source.update_from_db()
    Translation.objects.get(source=source, target_locale__language_code="sq").save_target(publish=True)
    albanian = client.get("/sq/work-packages/management/").content.decode()
    assert '<a href="/sq/resources/quality-plan-template/">Plani i cilësisë</a>' in albanian


def test_index_queries_do_not_grow_from_5_to_200_work_packages(assert_queries_constant, home_page):
    index = WorkPackageIndexPage(title="Query test work packages", slug="query-test-wps")
    home_page.add_child(instance=index)

    def add(count, start):
        for number in range(start + 1, start + count + 1):
            page = WorkPackagePageFactory(parent=index, slug=f"wp-{number}", number=number)
            page.deliverables = [
                Deliverable(title="Report", status="done"),
                Deliverable(title="Guide", status="planned"),
            ]
            page.save()

    assert_queries_constant("/en/query-test-wps/", add, sizes=(5, 200))


def test_work_package_page_queries_do_not_grow_with_linked_news(assert_queries_constant, home_page):
    wp = WorkPackagePage.objects.get(locale__language_code="en", slug="dissemination")
    index = home_page.get_children().get(slug="news")
    url = "/en/work-packages/dissemination/"

    def add(count, start):
        for number in range(start, start + count):
            NewsPageFactory(parent=index, slug=f"linked-{number}", related_work_package=wp)

    assert_queries_constant(url, add, sizes=(5, 35))


def test_end_date_before_start_date_is_rejected(db):

    wp = WorkPackagePage(
        title="Backwards",
        slug="backwards",
        number=9,
        start_date=datetime.date(2024, 5, 1),
        end_date=datetime.date(2024, 4, 1),
    )
    with pytest.raises(ValidationError):
        wp.clean()
