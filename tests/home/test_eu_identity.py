"""The EU emblem and the funding statement head every page, in the page's language."""

import pytest

from tests.conftest import LANGUAGES

FUNDED = {
    "en": "Funded by the European Union",
    "sq": "Financuar nga Bashkimi Evropian",
}


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("path", ["", "resources/", "events/", "search/?q=eqf", "no-such-page/"])
def test_every_page_starts_with_the_emblem_and_funding_line(client, db, code, path):
    response = client.get(f"/{code}/{path}")
    html = response.content.decode()
    header = html.split("<header", 1)[1].split("</header>", 1)[0]
    assert "eu-emblem.svg" in header
    assert 'class="eu-strip__funding"' in header
    if code in FUNDED:
        assert FUNDED[code] in header
