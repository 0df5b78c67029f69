"""Partners are a translatable snippet, shown on the home page and on the work packages they lead."""

import re

import pytest
from wagtail_factories import ImageFactory

from wagtail.models import Locale

from home.models import Partner, WorkPackagePage
from tests.conftest import LANGUAGES
from tests.factories.home import PartnerFactory

CSO = {
    "en": "Centre for Vocational Education",
    "sq": "Qendra për Arsim Profesional",
    "cnr": "Centar za stručno obrazovanje",
    "it": "Centro per l&#x27;istruzione professionale",
}
LEAD = {"en": "Lead partner", "sq": "Partneri drejtues", "cnr": "Vodeći partner", "it": "Capofila"}
MONTENEGRO = {"en": "Montenegro", "sq": "Mali i Zi", "cnr": "Crna Gora", "it": "Montenegro"}


def partner_names(html):
    section = html.split('aria-labelledby="partners-heading"')[1].split("</section>")[0]
    return [
        " ".join(name.split()) for name in re.findall(r'<h3 class="partner__name">\s*([^<(]+?)\s*<', section)
    ]


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_lists_the_partners_in_the_visitors_language(client, db, code):
    html = client.get(f"/{code}/").content.decode()
    names = partner_names(html)
    assert len(names) == 9
    assert names[0] == "IAL FVG"
    assert names[-1] == "ANCCP VET"
    assert CSO[code] in names
    assert f"{LEAD[code]} · " in html
    assert MONTENEGRO[code] in html


def test_every_seeded_partner_is_translated_into_every_language(db):
    for partner in Partner.objects.filter(locale__language_code="en"):
        translations = partner.get_translations().values_list("locale__language_code", flat=True)
        assert sorted(translations) == ["cnr", "it", "sq"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_work_package_shows_its_lead_partner_in_the_page_language(client, db, code):
    wp = WorkPackagePage.objects.get(locale__language_code=code, slug="tools-sharing")
    assert wp.lead_partner.locale.language_code == code  # wagtail-localize points the FK at the translation
    html = client.get(f"/{code}/work-packages/tools-sharing/").content.decode()
    assert CSO[code] in html
    assert "(CSO)" in html


def test_untranslated_partner_appears_in_english_on_other_languages(client, db):
    PartnerFactory(name="Vocational School of Shkodër", country="AL", role="associated")
    html = client.get("/sq/").content.decode()
    assert "Vocational School of Shkodër" in partner_names(html)
    assert '<li lang="en"><article class="partner">' in re.sub(r">\s+<", "><", html)


def test_partner_lookup_prefers_the_active_language(db):
    albanian = Locale.objects.get(language_code="sq")
    partners = Partner.for_locale(albanian)
    assert {partner.locale_id for partner in partners} == {albanian.pk}


def test_home_page_queries_do_not_grow_with_partners(assert_queries_constant, client, db):
    def add_partners(count, start):
        for _number in range(count):
            PartnerFactory(logo=ImageFactory())

    assert_queries_constant("/en/", add_partners, sizes=(1, 26))
    html = client.get("/en/").content.decode()
    assert html.count('class="partner__logo"') == 26
