"""The seeded demo shows the translation states editors meet (demo/content/states.toml), and keeps
everything else fully translated and live."""

import pytest

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from demo.data import content, in_language
from home.models import NewsPage, StandardPage
from resources.models import Resource
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db
STATES = content("states")
TARGETS = [code for code in LANGUAGES if code != "en"]


def translated_segments(instance, code):
    """How many of `instance`'s text segments have a translation into `code`, and how many there are."""
    source = TranslationSource.objects.get_for_instance(instance)
    segments = StringSegment.objects.filter(source=source).exclude(context__path="slug")
    done = sum(
        StringTranslation.objects.filter(
            translation_of=segment.string, context=segment.context, locale__language_code=code
        ).exists()
        for segment in segments
    )
    return done, segments.count()


def english(model, slug):
    return model.objects.get(slug=slug, locale__language_code="en")


@pytest.mark.parametrize("code", TARGETS)
def test_a_news_page_was_sent_for_translation_and_is_not_translated(client, code):
    spec = STATES["sent_for_translation"]["news"]
    page = english(NewsPage, spec["slug"])
    copy = page.get_translation(Locale.objects.get(language_code=code))

    assert Translation.objects.filter(
        source__object_id=page.translation_key, target_locale=copy.locale
    ).exists()
    assert translated_segments(page, code) == (0, 3)
    assert copy.live and copy.alias_of_id is None
    assert copy.title == spec["title"]  # English: nothing is translated yet
    assert client.get(copy.url).status_code == 200


@pytest.mark.parametrize("code", TARGETS)
def test_a_library_entry_was_sent_for_translation_and_is_not_translated(client, code):
    spec = STATES["sent_for_translation"]["resource"]
    resource = english(Resource, spec["slug"])
    copy = Resource.objects.get(translation_key=resource.translation_key, locale__language_code=code)

    assert Translation.objects.filter(
        source__object_id=resource.translation_key, target_locale=copy.locale
    ).exists()
    assert translated_segments(resource, code) == (0, 3)
    assert copy.title == spec["title"]
    assert client.get(f"/{code}/resources/{spec['slug']}/").status_code == 200


@pytest.mark.parametrize("code", TARGETS)
def test_a_news_page_is_partly_translated_after_a_sync(client, code):
    spec = STATES["partly_translated"]["news"]
    page = english(NewsPage, spec["slug"])
    copy = NewsPage.objects.get(translation_key=page.translation_key, locale__language_code=code)

    assert translated_segments(page, code) == (3, 4)  # title, summary, first paragraph; not the added one
    assert copy.live
    assert copy.title == in_language(spec["title"], code) != spec["title"]
    html = client.get(copy.url).content.decode()
    assert in_language(spec["body"], code) in html
    assert spec["added_paragraph"] in html  # the new English sentence, synced but untranslated


def test_the_rest_of_the_demo_is_translated_and_live():
    states = {STATES["sent_for_translation"]["news"]["slug"], STATES["partly_translated"]["news"]["slug"]}
    copies = Page.objects.exclude(locale__language_code="en").filter(depth__gt=2).exclude(slug__in=states)

    assert copies.filter(alias_of__isnull=False).count() == 0
    assert copies.filter(live=False).count() == 0
    about = StandardPage.objects.get(slug="about", locale__language_code="sq")
    assert about.title == in_language("About the project", "sq") != "About the project"
