"""A 404 page is nobody's translation: it carries no hreflang alternates."""

import pytest


@pytest.mark.parametrize("code", ["en", "cnr"])
def test_not_found_page_has_no_hreflang_alternates(client, db, code):
    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'rel="alternate" hreflang' not in html
    assert f'<html lang="{code}"' in html


def test_regional_variants_are_read_as_their_bare_language():
    from languages.middleware import bare_variants

    assert bare_variants("hr-HR,en;q=0.5") == "hr,en;q=0.5"
    assert bare_variants("sr-Latn-RS;q=0.9") == "sr;q=0.9"
    assert bare_variants("sr-ME") == "sr-ME"  # has its own entry
    assert bare_variants("de-DE,de;q=0.9") == "de-DE,de;q=0.9"
