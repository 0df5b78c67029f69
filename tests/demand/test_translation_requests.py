""" "I would use this in my language": one count per visitor, item, language and day; none for bots."""

import pytest

from django.contrib.contenttypes.models import ContentType

from demand.models import TranslationRequest
from resources.models import Resource

pytestmark = pytest.mark.django_db

ENGLISH_ONLY = "eqavet-indicators-workbook"
TRANSLATED = "eqavet-self-assessment-for-providers"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"


def form_data(item, back="/sq/"):
    return {
        "type": ContentType.objects.get_for_model(item).pk,
        "key": str(item.translation_key),
        "next": back,
    }


def post(client, item, language="sq", agent=BROWSER, address="10.0.0.1", **headers):
    headers.setdefault("HTTP_ORIGIN", "http://testserver")
    return client.post(
        f"/{language}/demand/request/",
        form_data(item, f"/{language}/"),
        HTTP_USER_AGENT=agent,
        REMOTE_ADDR=address,
        **headers,
    )


def requests_for(item, language="sq"):
    return TranslationRequest.count_for(item.translation_key, language)


@pytest.fixture
def workbook():
    return Resource.objects.get(slug=ENGLISH_ONLY, locale__language_code="en")


@pytest.mark.parametrize(
    ("code", "button"),
    [
        ("sq", "Do ta përdorja këtë në shqip"),
        ("cnr", "Ovo bi mi koristilo na jeziku: crnogorski"),
        ("it", "Lo userei in italiano"),
    ],
)
def test_an_untranslated_entry_offers_the_request_as_a_plain_form(client, code, button):
    html = client.get(f"/{code}/resources/{ENGLISH_ONLY}/").content.decode()

    assert f'<form class="request-translation" method="post" action="/{code}/demand/request/">' in html
    assert button in html


def test_a_translated_entry_and_the_english_one_offer_no_request(client):
    assert "request-translation" not in client.get(f"/sq/resources/{TRANSLATED}/").content.decode()
    assert "request-translation" not in client.get(f"/en/resources/{ENGLISH_ONLY}/").content.decode()


def test_a_request_counts_once_per_visitor_and_day(client, workbook):
    first = post(client, workbook)
    again = post(client, workbook)
    other_visitor = post(client, workbook, address="10.0.0.2")

    assert first.status_code == again.status_code == other_visitor.status_code == 200
    assert requests_for(workbook) == 2
    assert requests_for(workbook, "it") == 0


def test_the_entry_then_says_how_often_it_was_requested(client, workbook):
    post(client, workbook)
    post(client, workbook, address="10.0.0.2")

    assert "Kërkuar 2 herë" in client.get(f"/sq/resources/{ENGLISH_ONLY}/").content.decode()


@pytest.mark.parametrize("agent", ["Googlebot/2.1", "curl/8.5", "python-requests/2.32"])
def test_bots_are_refused_and_not_counted(client, workbook, agent):
    assert post(client, workbook, agent=agent).status_code == 403
    assert requests_for(workbook) == 0


def test_head_and_get_are_not_counted(client, workbook):
    assert client.head("/sq/demand/request/").status_code == 405
    assert client.get("/sq/demand/request/", form_data(workbook)).status_code == 405
    assert requests_for(workbook) == 0


def test_a_post_from_another_site_is_refused(client, workbook):
    assert post(client, workbook, HTTP_ORIGIN="https://evil.example").status_code == 400
    assert requests_for(workbook) == 0


def test_a_prefetch_is_not_counted(client, workbook):
    assert post(client, workbook, HTTP_SEC_PURPOSE="prefetch").status_code == 403
    assert requests_for(workbook) == 0


def test_requests_are_rate_limited_per_address(client, workbook, settings):
    settings.DEMAND_POSTS_PER_HOUR = 2
    statuses = [post(client, workbook, agent=f"{BROWSER} {n}").status_code for n in range(3)]

    assert statuses == [200, 200, 429]
    assert requests_for(workbook) == 1  # one address, whatever its browsers (issue 28)


def test_nothing_is_counted_for_english_or_for_an_item_already_translated(client, workbook):
    translated = Resource.objects.get(slug=TRANSLATED, locale__language_code="en")

    assert post(client, workbook, language="en").status_code == 400
    assert post(client, translated).status_code == 200
    assert requests_for(translated) == 0


def test_an_untranslated_page_offers_and_counts_the_request(client):
    from home.models import NewsPage

    news = NewsPage.objects.get(slug="coordinators-meeting-online", locale__language_code="en")
    html = client.get("/it/news/coordinators-meeting-online/").content.decode()

    assert "Lo userei in italiano" in html
    post(client, news, language="it")
    assert requests_for(news, "it") == 1


@pytest.mark.parametrize("data", [{}, {"type": "x", "key": "y"}, {"type": "1", "key": "not-a-uuid"}])
def test_bad_input_is_refused_without_an_error(client, data):
    response = client.post("/sq/demand/request/", data, HTTP_ORIGIN="http://testserver")

    assert response.status_code == 400
