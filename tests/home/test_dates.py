"""Dates are written the way each language writes them, with month names that read correctly,
including Montenegrin, for which Django ships neither formats nor translations."""

import datetime

import pytest

from django.utils import dates as django_dates
from django.utils import translation
from django.utils.formats import date_format

from tests.conftest import LANGUAGES
from vetweb_site.formats import names

MONTHS = {
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    "cnr": "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "en": "January February March April May June July August September October November December",
}


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en", "June 25, 2024"), ("sq", "25 qershor 2024"), ("cnr", "25. jun 2024."), ("it", "25 giugno 2024")],
)
def test_date_format_reads_naturally_in_each_language(code, expected):
    with translation.override(code):
        assert date_format(datetime.date(2024, 6, 25), "DATE_FORMAT") == expected


@pytest.mark.parametrize("code", LANGUAGES)
def test_month_names_in_each_language(code):
    with translation.override(code):
        months = [date_format(datetime.date(2024, month, 1), "F") for month in range(1, 13)]
    assert months == MONTHS[code].split()


def test_montenegrin_weekdays_short_dates_and_times():
    moment = datetime.datetime(2024, 6, 5, 14, 30)
    with translation.override("cnr"):
        assert date_format(moment, "l") == "srijeda"
        assert date_format(moment, "SHORT_DATE_FORMAT") == "5.06.2024."
        assert date_format(moment, "DATETIME_FORMAT") == "5. jun 2024. 14:30"
        assert date_format(moment, "N") == "jun"


def test_our_catalogue_lists_every_date_word_django_translates():
    pairs = [
        (names.WEEKDAYS, django_dates.WEEKDAYS),
        (names.WEEKDAYS_ABBR, django_dates.WEEKDAYS_ABBR),
        (names.MONTHS, django_dates.MONTHS),
        (names.MONTHS_3, django_dates.MONTHS_3),
        (names.MONTHS_AP, django_dates.MONTHS_AP),
        (names.MONTHS_ALT, django_dates.MONTHS_ALT),
    ]
    with translation.override("en"):
        for ours, djangos in pairs:
            assert [str(word) for word in ours] == [str(djangos[key]) for key in sorted(djangos)]


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en", "June 10, 2024"), ("sq", "10 qershor 2024"), ("cnr", "10. jun 2024."), ("it", "10 giugno 2024")],
)
def test_news_page_shows_its_date_in_the_visitors_language(client, db, code, expected):
    html = client.get(f"/{code}/news/mobility-friuli-venezia-giulia/").content.decode()
    assert f'<time datetime="2024-06-10">{expected}</time>' in html
