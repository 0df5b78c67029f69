"""Every admin report is declared once on exports.reports.SpreadsheetReportView: its two URLs,
its menu item for whoever may open it, and the same columns in the table and the export."""

import pytest

from django.urls import reverse

from exports.reports import SpreadsheetReportView

pytestmark = pytest.mark.django_db


def reports():
    reverse("wagtailadmin_home")  # loads the admin's URLs, and with them every app's hooks
    found = SpreadsheetReportView.__subclasses__()
    assert len(found) >= 4, found  # search queries, downloads, translation requests, newsletter
    return found


def test_each_report_answers_at_its_address_and_its_results_address(client, admin_user):
    client.force_login(admin_user)
    for report in reports():
        assert reverse(report.index_url_name) == f"/admin/{report.url_path}"
        assert client.get(reverse(report.index_url_name)).status_code == 200
        assert client.get(reverse(report.index_results_url_name)).status_code == 200


def test_the_menu_shows_a_report_only_to_whoever_may_open_it(rf, admin_user, django_user_model):
    nobody = django_user_model.objects.create_user("nobody", password="not-used-here")
    request = rf.get("/admin/")
    for report in reports():
        item = report.menu_item(order=1)
        request.user = admin_user
        assert item.is_shown(request), report
        request.user = nobody
        assert not item.is_shown(request), report


def test_the_export_has_the_columns_of_the_table():
    for report in reports():
        assert [column.name for column in report.columns] == report.list_export
        assert [column.label for column in report.columns] == list(report.export_headings.values())
