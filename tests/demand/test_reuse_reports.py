""" "I used this tool": one report per visitor, entry and day; shown only after moderation; exported safely."""

import pytest

from django.urls import reverse

from demand.models import ReuseReport
from resources.models import Resource
from tests.editorial.conftest import user_for

pytestmark = pytest.mark.django_db

SLUG = "eqavet-quality-cycle-guide"  # the demo has reports of another entry
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"
ANSWERS = {"country": "AL", "organisation_type": "vet-provider", "learners": "24", "comment": "Worked well."}


@pytest.fixture
def entry():
    return Resource.objects.get(slug=SLUG, locale__language_code="sq")


def reports_of(entry):
    return ReuseReport.objects.filter(translation_key=entry.translation_key)


def report(client, entry, agent=BROWSER, address="10.0.0.1", **answers):
    data = {**ANSWERS, **answers, "key": str(entry.translation_key), "next": f"/sq/resources/{SLUG}/"}
    return client.post(
        "/sq/demand/reuse/", data, HTTP_ORIGIN="http://testserver", HTTP_USER_AGENT=agent, REMOTE_ADDR=address
    )


def test_every_entry_has_the_form_in_the_visitors_language(client):
    html = client.get(f"/sq/resources/{SLUG}/").content.decode()

    assert '<form class="reuse-form" method="post" action="/sq/demand/reuse/"' in html
    assert "E kam përdorur këtë mjet" in html
    assert "Ende asnjë përdorim i raportuar" in html


def test_a_report_is_stored_once_per_visitor_and_day_and_waits_for_moderation(client, entry):
    first = report(client, entry)
    again = report(client, entry)
    other = report(client, entry, address="10.0.0.2", country="ME")

    assert first.status_code == again.status_code == other.status_code == 200
    assert "E keni raportuar tashmë" in again.content.decode()
    reports = reports_of(entry)
    assert reports.count() == 2
    assert set(reports.values_list("status", flat=True)) == {"pending"}
    assert "Worked well." not in client.get(f"/sq/resources/{SLUG}/").content.decode()


@pytest.mark.parametrize("agent", ["Googlebot/2.1", "curl/8.5"])
def test_bots_are_refused(client, entry, agent):
    assert report(client, entry, agent=agent).status_code == 403
    assert not reports_of(entry).exists()


def test_head_and_get_store_nothing(client, entry):
    assert client.head("/sq/demand/reuse/").status_code == 405
    assert client.get("/sq/demand/reuse/").status_code == 405
    assert not reports_of(entry).exists()


def test_a_wrong_answer_shows_the_form_again_with_what_was_typed(client, entry):
    response = report(client, entry, learners="0", comment="Kept text")
    html = response.content.decode()

    assert response.status_code == 400
    assert "Ju lutemi korrigjoni përgjigjet" in html
    assert "Kept text" in html
    assert '<option value="AL" selected>' in html
    assert not reports_of(entry).exists()


def test_approved_reports_show_their_counts_and_comments(client, entry):
    report(client, entry)
    report(client, entry, address="10.0.0.2", country="ME", comment="")
    report(client, entry, address="10.0.0.3", country="ME", comment="Still pending")
    reports_of(entry).exclude(comment="Still pending").update(status="approved")

    html = client.get(f"/sq/resources/{SLUG}/").content.decode()

    assert "Përdorur 2 herë në 2 vende." in html
    assert "Worked well." in html
    assert "Still pending" not in html
    assert "Used 2 times in 2 countries." in client.get(f"/en/resources/{SLUG}/").content.decode()


def test_approving_a_report_drops_the_cached_page(client, entry, page_cache):
    report(client, entry)
    client.get(f"/sq/resources/{SLUG}/")  # cached now
    pending = reports_of(entry).get()

    pending.status = "approved"
    pending.save()

    assert "Përdorur 1 herë" in client.get(f"/sq/resources/{SLUG}/").content.decode()


def test_an_officer_approves_and_exports_with_neutralised_cells(client, entry):
    report(client, entry, comment='=HYPERLINK("http://x")')
    client.force_login(user_for("officer"))
    pending = reports_of(entry).get()

    client.post(
        reverse("reuse_reports:edit", args=[pending.pk]), {"status": "approved", "comment": pending.comment}
    )
    csv = b"".join(client.get(reverse("reuse_reports:index") + "?export=csv").streaming_content).decode()
    xlsx = client.get(reverse("reuse_reports:index") + "?export=xlsx")

    pending.refresh_from_db()
    assert pending.status == "approved"
    assert "'=HYPERLINK" in csv
    assert xlsx.status_code == 200


def test_a_translator_can_neither_moderate_nor_export(client, entry):
    report(client, entry)
    client.force_login(user_for("translator", "sq"))
    pending = reports_of(entry).get()

    client.post(reverse("reuse_reports:edit", args=[pending.pk]), {"status": "approved", "comment": ""})
    export = client.get(reverse("reuse_reports:index") + "?export=csv")

    pending.refresh_from_db()
    assert pending.status == "pending"
    assert export.status_code != 200 or "text/csv" not in export["Content-Type"]
