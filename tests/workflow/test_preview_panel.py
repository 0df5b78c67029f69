"""The live preview panel beside the editor shows the page being written (issue 27, item 2)."""

from django.urls import reverse

from .conftest import page_form
from .helpers import INTRO, english_page


def test_an_officer_sees_the_preview_in_the_side_panel_but_public_pages_stay_unframable(
    client, officer, home_pages
):
    page = english_page(home_pages["en"])
    client.force_login(officer)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])

    form = page_form("Mentoring apprentices, previewed", page.slug, ["Draft paragraph."], intro=INTRO.en)
    assert client.post(url, form).json() == {"is_valid": True, "is_available": True}
    response = client.get(url, {"mode": "", "in_preview_panel": "true"})

    assert response.status_code == 200
    assert "Mentoring apprentices, previewed" in response.content.decode()
    # The panel is an iframe in the admin, on the site's own origin.
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"

    public = client.get("/en/mentoring-apprentices/")
    assert "frame-ancestors 'none'" in public["Content-Security-Policy"]
    assert "Mentoring apprentices, previewed" not in public.content.decode()  # nothing was published
