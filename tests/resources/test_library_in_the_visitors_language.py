"""What the library shows in the visitor's language beyond the content: tag labels, file sizes,
the filters in force, and the filters kept when the visitor switches language."""

import pytest

from django.utils import translation

from home.models import Topic
from resources.models import Framework
from resources.templatetags.library_tags import file_size
from tests.conftest import LANGUAGES
from tests.html import parsed, texts

QUALITY_ASSURANCE = {
    "en": "Quality assurance",
    "sq": "Sigurimi i cilësisë",
    "cnr": "Osiguranje kvaliteta",
    "it": "Garanzia della qualità",
}


def facet_labels(response, name):
    return [
        " ".join(label.get_text(" ").split()).rsplit(" (", 1)[0]
        for label in parsed(response).select(f"input[name={name}] + label")
    ]


@pytest.mark.parametrize("code", LANGUAGES)
def test_trainer_reads_library_tags_in_their_language(client, db, code):
    response = client.get(f"/{code}/resources/")
    assert QUALITY_ASSURANCE[code] in facet_labels(response, "tag")
    assert "quality-assurance" not in facet_labels(response, "tag")


@pytest.mark.parametrize("code", LANGUAGES)
def test_resource_page_shows_its_tags_in_the_visitors_language(client, db, code):
    response = client.get(f"/{code}/resources/eqavet-quality-cycle-guide/")
    tags = {a.get_text(): a["href"] for a in parsed(response).select(".resource__facts a[href*='?tag=']")}
    assert tags[QUALITY_ASSURANCE[code]] == f"/{code}/resources/?tag=quality-assurance"


def test_a_tag_without_a_label_reads_as_its_key(client, db):
    Topic.objects.filter(slug="quality-assurance").delete()
    assert "quality-assurance" in facet_labels(client.get("/sq/resources/"), "tag")


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_framework_without_an_acronym_is_named_in_the_visitors_language(client, db, code):
    Framework.objects.filter(slug="digcomp").update(acronym="")
    name = Framework.objects.get(slug="digcomp", locale__language_code=code).name
    assert name in facet_labels(client.get(f"/{code}/resources/"), "framework")
    shortcuts = texts(client.get(f"/{code}/"), "a[href*='?framework=digcomp']")
    assert any(name in shortcut for shortcut in shortcuts), "the home page's shortcut too"


def test_a_framework_unpublished_in_a_language_is_named_as_in_english(client, db):
    Framework.objects.filter(slug="digcomp").update(acronym="")
    Framework.objects.filter(slug="digcomp", locale__language_code="sq").update(live=False)
    labels = facet_labels(client.get("/sq/resources/"), "framework")
    assert "Digital Competence Framework for Citizens" in labels
    assert len(labels) == len(set(labels)), "each framework once, whatever language its entries link"


@pytest.mark.parametrize(
    ("code", "size", "expected"),
    [
        ("en", 1, "1 byte"),
        ("cnr", 612, "612 bajtova"),
        ("sq", 612, "612 bajte"),
        ("it", 340 * 1024, "340 KB"),
        ("cnr", int(1.25 * 1024 * 1024), "1,2 MB"),
        ("en", int(1.25 * 1024 * 1024), "1.2 MB"),
        ("en", "not a number", ""),
    ],
)
def test_file_sizes_read_in_the_visitors_language(code, size, expected):
    with translation.override(code):
        assert file_size(size) == expected


@pytest.mark.parametrize("code", LANGUAGES)
def test_filters_in_force_are_listed_with_a_link_that_removes_each(client, db, code):
    response = client.get(f"/{code}/resources/?framework=eqavet&tag=quality-assurance&q=cycle")
    links = {
        " ".join(a.get_text(" ").split()): a["href"] for a in parsed(response).select(".active-filters li a")
    }
    assert len(links) == 3
    removing_tag = next(href for text, href in links.items() if QUALITY_ASSURANCE[code] in text)
    assert removing_tag == f"/{code}/resources/?q=cycle&framework=eqavet#results"
    removing_search = next(href for text, href in links.items() if "cycle" in text)
    assert removing_search == f"/{code}/resources/?framework=eqavet&tag=quality-assurance#results"


def test_no_filter_lists_no_filters_in_force(client, db):
    response = client.get("/en/resources/")
    assert parsed(response).select(".active-filters") == []
    assert texts(response, ".library__filters > summary") == ["Filter"]


def test_filter_form_lands_on_the_results(client, db):
    form = parsed(client.get("/it/resources/")).select_one("form.library__form")
    assert (form["method"], form["action"]) == ("get", "/it/resources/#results")
    assert parsed(client.get("/it/resources/")).select_one("#results")["tabindex"] == "-1"


def test_language_switcher_keeps_the_library_filters_but_hreflang_does_not(client, db):
    response = client.get("/sq/resources/?framework=eqavet&type=guide&page=x&junk=1")
    switcher = {a["hreflang"]: a["href"] for a in parsed(response).select(".language-switcher a")}
    assert switcher["it"] == "/it/resources/?framework=eqavet&type=guide"
    assert switcher["en"] == "/en/resources/?framework=eqavet&type=guide"
    alternates = [link["href"] for link in parsed(response).select("link[rel=alternate][hreflang]")]
    assert alternates and all("?" not in href for href in alternates)


def test_language_switcher_keeps_the_news_filters(client, db):
    response = client.get("/en/news/?tag=mobility")
    switcher = {a["hreflang"]: a["href"] for a in parsed(response).select(".language-switcher a")}
    assert switcher["cnr"] == "/cnr/news/?tag=mobility"
