"""Small things a reader notices: a language named inside a sentence is written as that language
writes it ("na jeziku engleski", "(inglese)"), and a percentage agrees with the counts beside it."""

import re

import pytest

from django.template import Context, Template
from django.utils import translation

from languages.overview import Share
from tests.html import texts

pytestmark = pytest.mark.django_db

IN_A_SENTENCE = {"en": "English", "sq": "anglisht", "cnr": "engleski", "it": "inglese"}


@pytest.mark.parametrize(("code", "name"), IN_A_SENTENCE.items())
def test_a_language_named_in_a_sentence_is_not_capitalised(code, name):
    template = Template(
        '{% load i18n navigation_tags %}{% translated_language_name "en" as english %}'
        "{% with percent=60 %}{% blocktranslate %}{{ percent }} % translated — the rest is shown in "
        "{{ english }}.{% endblocktranslate %}{% endwith %}"
    )
    with translation.override(code):
        sentence = template.render(Context())

    assert re.search(rf"\b{name}\.$", sentence), sentence


def test_a_share_prints_the_percentage_of_the_counts_it_prints():
    share = Share("Pages", total=40, translated=38, outdated=1)

    assert (share.percent, share.available) == (98, 39)


@pytest.mark.parametrize("code", ["en", "sq", "cnr", "it"])
def test_the_languages_page_percentages_agree_with_their_counts(client, code):
    lines = texts(client.get(f"/{code}/languages/"), ".language-overview dd")

    assert lines
    for line in lines:
        percent, done, total = (int(n) for n in re.search(r"(\d+)\s*%:\D*(\d+)\D+(\d+)", line).groups())
        assert percent == round(100 * done / total), line
