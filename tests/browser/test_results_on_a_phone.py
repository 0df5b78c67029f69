"""The Results page as a funder reads it on a 390 px phone, measured in Chromium: the charts' labels
are drawn at a readable size and inside the chart, and no table is named by a cut caption."""

import pytest

from tests.conftest import LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# For each label: the size it is drawn at (its font size scaled as the SVG is), and whether it
# stays inside its chart's box.
LABELS = """svg => {
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    return [...svg.querySelectorAll("text")].map(text => {
        const drawn = text.getBoundingClientRect();
        return {
            text: text.textContent,
            px: parseFloat(getComputedStyle(text).fontSize) * scale,
            inside: drawn.left >= box.left - 0.5 && drawn.right <= box.right + 0.5,
        };
    });
}"""

# For each table: its visible caption, if any, and whether that caption ends inside the region that
# scrolls the table (a caption wider than it is cut until the reader scrolls).
CAPTIONS = """wrap => {
    const caption = wrap.querySelector("caption");
    const drawn = caption.getBoundingClientRect();
    const visible = drawn.width > 1 && drawn.height > 1;
    return {
        caption: caption.textContent.trim(),
        visible,
        cut: visible && drawn.right > wrap.getBoundingClientRect().right + 0.5,
        named_by: wrap.getAttribute("aria-labelledby"),
    };
}"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_a_390_px_phone_chart_labels_are_at_least_12_px_and_no_table_caption_is_cut(mobile, language):
    page, guard = mobile
    page.goto(f"/{language}/results/")
    assert page.viewport_size["width"] == 390

    charts = page.locator("svg.bar-chart")
    assert charts.count() >= 3  # the downloads chart is drawn once something was downloaded
    labels = [label for index in range(charts.count()) for label in charts.nth(index).evaluate(LABELS)]
    tables = page.locator(".table-wrap:has(> table.figures)")
    captions = [tables.nth(index).evaluate(CAPTIONS) for index in range(tables.count())]

    assert labels and tables.count() == charts.count()
    small_or_outside = [label for label in labels if label["px"] < 12 or not label["inside"]]
    cut = [table for table in captions if table["cut"]]
    assert (small_or_outside, cut) == ([], [])
    for table in captions:  # the heading above names the table where its caption is hidden
        heading = page.locator(f"#{table['named_by']}")
        assert heading.is_visible() and heading.inner_text().strip() == table["caption"], table
    guard.check()
