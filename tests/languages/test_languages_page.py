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


def test_the_languages_page_counts_every_state_as_the_dashboard_decides_it(db):
    """The page counts in the database; the dashboard decides each object's state in Python. The
    demo has pages and entries in every state (never sent, sent but untranslated, partly
    translated, translated, out of date, a file missing): both must agree on each of them."""
    from collections import Counter

    from django.utils import translation

    from languages.overview import language_overview

    with translation.override("en"):  # the labels: a request before may have left another language on
        statuses = [(str(status.label), status) for status in translation_status()]
        overview = language_overview()
    counted = {
        (language.code, share.label): (share.total, share.translated, share.outdated, share.missing)
        for language in overview
        for share in language.shares
    }
    decided = {}
    for label, status in statuses:
        states = Counter(
            (state.locale.language_code, state.state) for row in status.rows for state in row.languages
        )
        for code in ("sq", "cnr", "it"):
            decided[(code, label)] = (
                status.total,
                states[(code, "translated")],
                states[(code, "outdated")],
                states[(code, "missing")],
            )
    assert counted == decided
    # Every state occurs, so the comparison covers each branch of the counting.
    for code in ("sq", "cnr", "it"):
        for label in ("Pages", "Library resources"):
            assert all(decided[(code, label)][1:]), (code, label, decided[(code, label)])
