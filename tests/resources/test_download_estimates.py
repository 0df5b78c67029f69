"""Next to every download: its size and how long it takes on slow 3G and on 4G."""

import pytest

from django.utils import translation

from resources.transfer import download_estimate, seconds_to_download

pytestmark = pytest.mark.django_db

TRANSLATED = "eqavet-self-assessment-for-providers"


def test_a_two_megabyte_file_takes_about_forty_seconds_on_slow_3g():
    assert seconds_to_download(2 * 1024 * 1024, "slow_3g") == 44
    assert seconds_to_download(2 * 1024 * 1024, "4g") == 3


def test_long_downloads_read_in_minutes():
    with translation.override("en"):
        assert download_estimate(30 * 1024 * 1024) == "about 11 min on slow 3G, 29 s on 4G"


def test_an_unknown_size_gives_no_estimate():
    assert download_estimate(None) == ""
    assert download_estimate(0) == ""


@pytest.mark.parametrize(
    ("code", "words"),
    [("en", "on slow 3G"), ("sq", "në 3G të ngadaltë"), ("cnr", "na sporom 3G"), ("it", "con 3G lento")],
)
def test_detail_and_listing_show_the_estimate_in_the_visitors_language(client, code, words):
    detail = client.get(f"/{code}/resources/{TRANSLATED}/").content.decode()
    listing = client.get(f"/{code}/resources/").content.decode()

    assert words in detail
    assert words in listing
