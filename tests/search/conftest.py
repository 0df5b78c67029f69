"""Pages written straight into one language's tree, indexed as they would be after a real commit."""

import itertools

import pytest

from wagtail.rich_text import RichText

from tests.factories.home import StandardPageFactory
from tests.workflow.conftest import coordinator  # noqa: F401 - shared role fixture

_numbers = itertools.count()


@pytest.fixture
def make_page(home_pages, django_capture_on_commit_callbacks):
    """make_page("sq", title=..., intro=..., body_text=...) → a live page indexed for search."""

    def make(language, *, title=None, body_text=None, **fields):
        number = next(_numbers)
        body = [("paragraph", RichText(f"<p>{body_text}</p>"))] if body_text else []
        with django_capture_on_commit_callbacks(execute=True):
            return StandardPageFactory(
                parent=home_pages[language],
                locale=home_pages[language].locale,
                title=title or f"Search test page {number}",
                slug=f"search-test-{number}",
                body=body,
                **fields,
            )

    return make
