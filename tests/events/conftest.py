import pytest

from events.models import EventIndexPage


@pytest.fixture
def event_index(db):
    """The seeded English events index."""
    return EventIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def event_indexes(db):
    return {index.locale.language_code: index for index in EventIndexPage.objects.select_related("locale")}
