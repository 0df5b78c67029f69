"""Figures a funder reads on the Results page are right and readable on a phone: the chart's labels
keep a readable size at 390 px, captions are not cut, work packages show what is linked to them
(no row of zeros), and a library entry says how often it was reported used, not by how many
organisations (a report names none)."""

import re
from pathlib import Path

import pytest

from django.conf import settings

from tests.html import parsed, texts

pytestmark = pytest.mark.django_db

CSS = Path(settings.BASE_DIR, "vetweb_site", "static", "css", "site.css").read_text()
PHONE_WIDTH, PAGE_PADDING = 390, 16  # main's padding: 0 1rem


def css_px(selector, prop):
    rule = re.search(re.escape(selector) + r"[^{]*\{([^}]*)\}", CSS).group(1)
    value = re.search(prop + r":\s*([\d.]+)(px|rem)", rule)
    return float(value.group(1)) * (16 if value.group(2) == "rem" else 1)


@pytest.mark.parametrize("code", ["en", "cnr"])
def test_chart_labels_are_at_least_12_px_high_on_a_390_px_screen(client, code):
    charts = parsed(client.get(f"/{code}/results/")).select("svg.bar-chart")
    assert charts
    drawn_width = min(PHONE_WIDTH - 2 * PAGE_PADDING, css_px(".bar-chart", "max-width"))
    label_size = css_px(".bar-chart__label", "font-size")
    for chart in charts:
        chart_width = float(chart["viewbox"].split()[2])
        assert label_size * drawn_width / chart_width >= 12
        for label in chart.select("text.bar-chart__label"):
            assert float(label["x"]) + 0.55 * label_size * len(label.get_text()) <= chart_width


def test_table_captions_are_not_cut_by_the_scrolling_region(client):
    html = parsed(client.get("/en/results/"))

    for table in html.select("table.figures"):
        # The heading above names the table; a visible caption would scroll away with a wide table.
        assert "visually-hidden" in table.caption.get("class", [])
        heading = html.select_one(f"#{table.find_parent(class_='table-wrap')['aria-labelledby']}")
        assert heading.get_text(strip=True) == table.caption.get_text(strip=True)


@pytest.mark.parametrize("code", ["en", "it"])
def test_work_packages_show_no_row_of_zeros(client, code):
    lines = texts(client.get(f"/{code}/results/"), ".results-wp .card__meta")

    assert lines
    assert not [line for line in lines if re.search(r"(^|\s)0 \w", line)], lines
