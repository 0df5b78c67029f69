"""The public Languages page: how much of the site and of the library each language has."""

import re

from editorial.translation_status import translation_status


def test_languages_page_is_linked_from_the_footer_and_counts_like_the_dashboard(client, db):
    home = client.get("/sq/").content.decode()
    assert 'href="/sq/languages/"' in home

    response = client.get("/sq/languages/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="sq"' in html
    for code in ("sq", "cnr", "it"):
        assert f'id="language-{code}"' in html
    pages = translation_status()[0]
    translated_cnr = sum(
        1
        for row in pages.rows
        for language in row.languages
        if language.locale.language_code == "cnr" and language.state in ("translated", "outdated")
    )  # readable in Montenegrin: translated, or translated and being updated (issue 28)
    section = html.split('id="language-cnr"')[1].split("</section>")[0]
    assert re.search(rf"\b{translated_cnr} nga {pages.total}\b", section)
