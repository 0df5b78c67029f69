"""Every public page carries the EU emblem, funding line and disclaimer in the visitor's language."""

import pytest

from wagtail.models import Page

EU_TEXT = {
    "en": ("Funded by the European Union", "Neither the European Union nor EACEA can be held responsible"),
    "sq": ("Financuar nga Bashkimi Evropian", "As Bashkimi Evropian, as EACEA nuk mund të mbahen përgjegjës"),
    "cnr": ("Finansira Evropska unija", "Ni Evropska unija ni EACEA ne mogu se smatrati odgovornima"),
    "it": (
        "Finanziato dall'Unione europea",
        "Né l'Unione europea né l'EACEA possono esserne ritenute responsabili",
    ),
}
PAGES = ["", "about/", "accessibility/", "privacy/", "search/?q=tools", "missing-page/"]


@pytest.mark.parametrize("code", list(EU_TEXT))
@pytest.mark.parametrize("path", PAGES)
def test_page_shows_eu_emblem_funding_and_disclaimer(client, db, code, path):
    response = client.get(f"/{code}/{path}")
    html = response.content.decode()
    funding, disclaimer = EU_TEXT[code]
    assert 'src="/static/img/eu-emblem.svg"' in html
    assert funding.replace("'", "&#x27;") in html or funding in html
    assert disclaimer.replace("'", "&#x27;") in html or disclaimer in html


@pytest.mark.parametrize(
    ("code", "accessibility", "privacy"),
    [
        ("en", "Accessibility statement", "Privacy notice"),
        ("sq", "Deklarata e aksesueshmërisë", "Njoftim për privatësinë"),
        ("cnr", "Izjava o pristupačnosti", "Obavještenje o privatnosti"),
        ("it", "Dichiarazione di accessibilità", "Informativa sulla privacy"),
    ],
)
def test_footer_links_to_accessibility_and_privacy_in_the_visitors_language(
    client, db, code, accessibility, privacy
):
    html = client.get(f"/{code}/").content.decode()
    footer = html.split('class="site-footer"')[1]
    assert f'<a href="/{code}/accessibility/">{accessibility}</a>' in footer
    assert f'<a href="/{code}/privacy/">{privacy}</a>' in footer


PROJECT_PAGES = (("results", "resultspage"), ("mobility", "mobilityindexpage"), ("contact", "contactpage"))


@pytest.mark.parametrize("code", list(EU_TEXT))
def test_every_footer_links_the_results_mobility_stories_and_contact_page(client, db, code):
    html = client.get(f"/{code}/about/").content.decode()
    footer = html.split('<footer class="site-footer">')[1]

    for app_label, model in PROJECT_PAGES:
        page = Page.objects.live().get(
            locale__language_code=code, content_type__app_label=app_label, content_type__model=model
        )
        assert f'<a href="{page.url}">{page.title}</a>' in footer
