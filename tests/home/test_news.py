"""News in four languages: the index with shareable filters and pagination, articles with
OpenGraph and JSON-LD, and one RSS feed per language."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from wagtail_factories import ImageFactory

from django.core.management import call_command

from wagtail.models import PageViewRestriction

from core.folding import fold_for_search
from home.models import NewsIndexPage, NewsPage, StandardPage, WorkPackagePage
from tests.conftest import LANGUAGES
from tests.factories.home import NewsPageFactory
from tests.html import link, parsed, selected_option, texts

# Six fully translated items and the demo's two translation states (demo/content/states.toml): one
# partly translated after a sync, one sent for translation and not translated yet. Listings show
# all eight in every language (an untranslated item marked as English); feeds leave the
# untranslated one out in the languages it has no translation in.
SEEDED_NEWS = 8
UNTRANSLATED_NEWS = 1
TITLES = {
    "en": "Study visit to Brussels",
    "sq": "Vizitë studimore në Bruksel",
    "cnr": "Studijska posjeta Briselu",
    "it": "Visita di studio a Bruxelles",
}
MOBILITY_LABEL = {"en": "Mobility", "sq": "Lëvizshmëri", "cnr": "Mobilnost", "it": "Mobilità"}


def titles(response):
    """The news listed on an index page, in order."""
    return [news.title for news in response.context["page_obj"].object_list]


def news_index(code="en"):
    return NewsIndexPage.objects.get(locale__language_code=code, slug="news")


@pytest.mark.parametrize("code", LANGUAGES)
def test_news_index_lists_the_seeded_news_in_the_visitors_language(client, db, code):
    response = client.get(f"/{code}/news/")
    assert response.status_code == 200
    assert TITLES[code] in titles(response)
    assert len(titles(response)) == SEEDED_NEWS
    assert set(texts(response, 'li > a[href="?tag=mobility"]')) == {MOBILITY_LABEL[code]}


@pytest.mark.parametrize("code", LANGUAGES)
def test_news_article_renders_in_every_language(client, db, code):
    response = client.get(f"/{code}/news/study-visit-brussels/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{TITLES[code]}</h1>" in html
    assert f'<article lang="{code}">' in html
    assert f'href="/{code}/news/?tag=mobility">{MOBILITY_LABEL[code]}</a>' in html
    assert f'href="/{code}/work-packages/staff-mobility/">WP2 · ' in html


def test_news_index_is_newest_first(client, db):
    assert titles(client.get("/en/news/")) == [
        "EU tools for VET, explained in four languages",
        "Final stage in Barcelona",
        "Guidance workshop for trainers in Tirana",
        "Trainers from Albania and Montenegro in Friuli Venezia Giulia",
        "Coordinators agree on a shared mentoring plan",
        "Study visit to Brussels",
        "Wrap-up meeting in Tirana",
        "Training days in Podgorica open the exploratory phase",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?tag=eqavet", ["EU tools for VET, explained in four languages"]),
        ("?tag=EQAVET", ["EU tools for VET, explained in four languages"]),
        (
            "?work_package=wp3",
            ["Final stage in Barcelona", "Trainers from Albania and Montenegro in Friuli Venezia Giulia"],
        ),
        (
            "?work_package=3",
            ["Final stage in Barcelona", "Trainers from Albania and Montenegro in Friuli Venezia Giulia"],
        ),
        (
            "?work_package=trainer-mobility&tag=",
            ["Final stage in Barcelona", "Trainers from Albania and Montenegro in Friuli Venezia Giulia"],
        ),
        (
            "?tag=mobility&work_package=wp2",
            ["Study visit to Brussels", "Training days in Podgorica open the exploratory phase"],
        ),
        ("?tag=no-such-topic", []),
        ("?work_package=wp99", []),
    ],
)
def test_news_filters_are_shareable_get_urls(client, db, query, expected):
    response = client.get(f"/en/news/{query}")
    assert response.status_code == 200
    assert titles(response) == expected


def test_filter_form_works_without_javascript_and_keeps_the_selection(client, db):
    response = client.get("/sq/news/?tag=mobility&work_package=wp3")
    form = parsed(response).select_one("form.filter-form")
    assert (form["method"], form["action"]) == ("get", "/sq/news/")
    assert (selected_option(response, "tag"), selected_option(response, "work_package")) == (
        "mobility",
        "wp3",
    )
    chosen = texts(response, "form.filter-form option[selected]")
    assert chosen == ["Lëvizshmëri", "WP3 · Lëvizshmëria e trajnerëve dhe pilotimi i mjeteve"]
    assert [a["href"] for a in parsed(response).find_all("a", string="Hiq filtrat")] == ["/sq/news/"]


def test_filtered_news_in_another_language_uses_that_languages_pages(client, db):
    assert titles(client.get("/cnr/news/?work_package=wp3")) == [
        "Završna faza u Barseloni",
        "Treneri iz Albanije i Crne Gore u Furlaniji-Julijskoj krajini",
    ]


BAD_INPUT = [
    "?page=-1",
    "?page=x",
    "?page=0",
    "?page=99999",
    "?page=1e9999",
    "?page=" + "9" * 5000,
    "?tag=" + "a" * 5000,
    "?tag=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "?tag=%00%FF",
    "?tag=ë🙂",
    "?work_package=" + "x" * 5000,
    "?work_package=wp%00",
    "?work_package=-1",
    "?work_package=wp99999999999999999999",
    "?tag=mobility&tag=training&page=2&page=x",
]


@pytest.mark.parametrize("query", BAD_INPUT)
def test_bad_filter_values_and_page_numbers_give_a_normal_page(client, db, query):
    response = client.get(f"/en/news/{query}")
    assert response.status_code == 200
    assert texts(response, "h1") == ["News"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_clear_filters_is_offered_only_while_a_filter_narrows_the_news(client, db, code):
    def clear_links(response):
        return [a["href"] for a in parsed(response).select("a.filter-form__clear")]

    assert clear_links(client.get(f"/{code}/news/")) == []
    assert clear_links(client.get(f"/{code}/news/?page=2")) == [], "a page number is not a filter"
    assert clear_links(client.get(f"/{code}/news/?tag=training")) == [f"/{code}/news/"]


def test_pagination_keeps_the_filters(client, db, home_page):
    index = news_index()
    for number in range(12):
        page = NewsPageFactory(parent=index, slug=f"extra-{number}")
        page.tags.add("training")
        page.save_revision().publish()
    first = client.get("/en/news/?tag=training")
    assert len(titles(first)) == 10
    assert link(first, "next") == "?tag=training&page=2"
    seeded_training_news = 4  # three fully translated, one partly translated
    assert len(titles(client.get("/en/news/?tag=training&page=2"))) == 12 + seeded_training_news - 10


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_count_shown_is_what_is_listed_in_every_language_and_translation_state(client, db, code):
    """Untranslated copies and partly translated items are listed and counted alike."""
    response = client.get(f"/{code}/news/")
    assert response.context["page_obj"].paginator.count == len(titles(response)) == SEEDED_NEWS


def test_the_page_numbers_count_exactly_the_news_the_index_lists(client, db, home_page):
    """The count behind the page numbers is its own query (core.pages.children_to_count): drafts,
    private items, pages of another type and another language's news stay out of it too."""
    index = news_index()
    for number in range(12):
        NewsPageFactory(parent=index, slug=f"counted-{number}").save_revision().publish()
    draft = NewsPageFactory(parent=index, slug="a-draft")
    draft.unpublish()
    private = NewsPageFactory(parent=index, slug="members-only")
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    index.add_child(instance=StandardPage(title="Not a news item", slug="not-news"))  # bypasses subpage_types
    NewsPageFactory(parent=news_index("it"), slug="altrove").save_revision().publish()

    listed = SEEDED_NEWS + 12
    first = client.get("/en/news/")
    assert first.context["page_obj"].paginator.count == listed
    assert link(first, "next") == "?page=2"
    last = client.get("/en/news/?page=2")
    assert len(titles(last)) == listed - 10
    assert link(last, "next") is None


def test_news_index_queries_do_not_grow_from_5_to_200_items(assert_queries_constant, home_page):
    index = NewsIndexPage(title="Query test news", slug="query-test-news")
    home_page.add_child(instance=index)
    work_package = WorkPackagePage.objects.get(locale__language_code="en", slug="trainer-mobility")

    def add_news(count, start):
        for number in range(start, start + count):
            page = NewsPageFactory(parent=index, slug=f"q-{number}", related_work_package=work_package)
            page.tags.add("mobility", f"topic-{number % 3}")
            page.save()

    urls = ["/en/query-test-news/", "/en/query-test-news/?tag=mobility&work_package=wp3&page=3"]
    assert_queries_constant(urls, add_news, sizes=(5, 200))


def test_news_article_queries_do_not_grow_with_tags(assert_queries_constant, home_page):
    page = NewsPageFactory(parent=news_index(), slug="tagged")

    def add_tags(count, start):
        page.tags.add(*[f"topic-{number}" for number in range(start, start + count)])
        page.save_revision().publish()

    assert_queries_constant("/en/news/tagged/", add_tags, sizes=(1, 31))


def parse_feed(client, code):
    response = client.get(f"/{code}/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content)


@pytest.mark.parametrize("code", LANGUAGES)
def test_rss_feed_per_language_parses_and_has_only_that_languages_items(client, db, code):
    channel = parse_feed(client, code).find("channel")
    assert channel.findtext("language") == code
    items = channel.findall("item")
    assert len(items) == SEEDED_NEWS - (0 if code == "en" else UNTRANSLATED_NEWS)
    assert TITLES[code] in [item.findtext("title") for item in items]
    for item in items:
        assert item.findtext("link").startswith(f"http://testserver/{code}/news/")
        assert item.findtext("pubDate")


def test_rss_feed_leaves_out_untranslated_copies(client, home_page, run_on_commit):
    page = NewsPageFactory(parent=news_index(), title="Only in English so far", slug="english-only")
    page.save_revision().publish()
    call_command("sync_locale_trees")
    assert NewsPage.objects.filter(slug="english-only", locale__language_code="sq").exists()

    english = [item.findtext("title") for item in parse_feed(client, "en").iter("item")]
    albanian = [item.findtext("title") for item in parse_feed(client, "sq").iter("item")]
    assert "Only in English so far" in english
    assert "Only in English so far" not in albanian
    # The Albanian listing still shows it, marked as English.
    html = client.get("/sq/news/").content.decode()
    assert '<li lang="en">' in html


@pytest.mark.parametrize("path", ["news/", "news/study-visit-brussels/"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_news_page_links_its_languages_feed(client, db, code, path):
    html = client.get(f"/{code}/{path}").content.decode()
    feeds = re.findall(
        r'<link rel="alternate" type="application/rss\+xml" title="[^"]+" href="([^"]+)">', html
    )
    assert feeds == [f"http://testserver/{code}/news/feed/"]


def json_ld(html):
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(scripts) == 1
    return json.loads(scripts[0])


@pytest.mark.parametrize("code", LANGUAGES)
def test_article_has_news_article_json_ld_and_opengraph(client, db, code):
    html = client.get(f"/{code}/news/study-visit-brussels/").content.decode()
    data = json_ld(html)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == TITLES[code]
    assert data["inLanguage"] == code
    assert data["datePublished"].startswith("2024-01-25T")
    assert data["url"] == f"http://testserver/{code}/news/study-visit-brussels/"
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="article:published_time" content="2024-01-25T09:00:00+01:00">' in html


def test_json_ld_cannot_close_its_script_tag(client, home_page):
    page = NewsPageFactory(
        parent=news_index(), slug="sneaky", title="Tricky </script><script>alert(1)</script> title"
    )
    page.save_revision().publish()
    html = client.get("/en/news/sneaky/").content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["headline"].startswith("Tricky </script>")


def test_news_is_found_by_words_typed_without_diacritics(db, locales):
    results = NewsPage.objects.live().filter(locale=locales["sq"]).search(fold_for_search("Vizitë"))
    assert "study-visit-brussels" in [page.slug for page in results]


def test_article_image_is_responsive_and_in_the_json_ld(client, home_page):
    image = ImageFactory(title="Trainers in a workshop", description="Trainers at a workbench in Pordenone")
    page = NewsPageFactory(parent=news_index(), slug="with-image", image=image)
    page.save_revision().publish()
    html = client.get("/en/news/with-image/").content.decode()
    assert "<picture>" in html
    assert 'alt="Trainers at a workbench in Pordenone"' in html
    assert json_ld(html)["image"][0].startswith("http://testserver/")
