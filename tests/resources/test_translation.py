"""Resources translated through wagtail-localize keep their tags, frameworks and files, and are searchable."""

import pytest

from wagtail.models import Locale

from demo.engine import translate
from resources.models import Framework, Resource
from tests.factories.resources import ResourceFactory
from tests.texts import Text, strings_for

pytestmark = pytest.mark.django_db


def test_tags_and_frameworks_are_carried_over_to_a_translation(run_on_commit):
    sq = Locale.objects.get(language_code="sq")
    eqavet = Framework.objects.get(slug="eqavet", locale=Locale.get_default())
    resource = ResourceFactory(
        title="Peer learning guide",
        summary="How schools learn from each other.",
        frameworks=[eqavet],
        tags=["peer-learning", "quality-assurance"],
        audiences=["trainers", "vet-managers"],
        eqf_levels=["4"],
    )
    texts = [
        Text(
            "Peer learning guide",
            "Udhëzues për të nxënit mes kolegëve",
            "Vodič za kolegijalno učenje",
            "Guida",
        ),
        Text(
            "How schools learn from each other.",
            "Si mësojnë shkollat nga njëra-tjetra.",
            "Kako škole uče.",
            "Come",
        ),
    ]

    translate(Resource.objects.get(pk=resource.pk), sq, strings_for(texts, sq))

    translated = Resource.objects.get(translation_key=resource.translation_key, locale=sq)
    assert translated.title == "Udhëzues për të nxënit mes kolegëve"
    assert sorted(translated.tags.names()) == ["peer-learning", "quality-assurance"]
    assert [link.framework.locale_id for link in translated.framework_links.all()] == [sq.pk]
    assert translated.audiences == ["trainers", "vet-managers"]
    assert translated.eqf_levels == ["4"]
    assert translated.slug == resource.slug


def test_a_new_tag_is_searchable_right_after_saving():
    resource = ResourceFactory(title="Plain title", tags=["zebrafish"])

    found = Resource.objects.search_in_language("zebrafish", Locale.get_default())

    assert resource in found


def test_search_in_language_offers_untranslated_resources_in_english():
    found = Resource.objects.search_in_language("workbook indicators", Locale.objects.get(language_code="sq"))

    # The entry with both words first (entries with one of them follow: search/engine.py).
    assert [resource.slug for resource in found][:1] == ["eqavet-indicators-workbook"]


def test_search_in_language_prefers_the_translation():
    found = Resource.objects.search_in_language(
        "vetevleresimi eqavet", Locale.objects.get(language_code="sq")
    )

    listed = [(resource.slug, resource.locale.language_code) for resource in found]
    assert listed[0] == ("eqavet-self-assessment-for-providers", "sq")
    assert ("eqavet-self-assessment-for-providers", "en") not in listed


def test_each_language_downloads_the_file_in_its_own_language(client):
    english = Resource.objects.get(slug="eqf-levels-poster", locale__language_code="en")
    documents = {code: english.file_in(code).document for code in ("en", "sq", "cnr", "it")}

    assert len({document.pk for document in documents.values()}) == 4
    for code, document in documents.items():
        assert client.get(f"/{code}/resources/eqf-levels-poster/download/")["Location"] == document.url


def test_files_attached_in_english_reach_the_translations_on_sync(run_on_commit):
    from wagtail_localize.models import Translation

    from demo.pdf import demo_document
    from resources.models import ResourceFile

    english = Resource.objects.get(slug="eqavet-learner-feedback-template", locale__language_code="en")
    albanian = demo_document("feedback-template-sq-test", "Shabllon", language="sq")
    english.files.add(ResourceFile(language="sq", document=albanian))
    english.save()

    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale__language_code="it"
    )
    translation.source.update_from_db()
    translation.save_target(publish=True)

    italian = Resource.objects.get(slug="eqavet-learner-feedback-template", locale__language_code="it")
    assert italian.file_languages == ["en", "sq", "it"]
    assert italian.file_in("sq").document == albanian
