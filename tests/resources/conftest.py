import pytest

from resources.models import ResourceLibraryPage


@pytest.fixture
def superuser(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("curator", "curator@example.org", "pass")


@pytest.fixture
def library(db):
    """The English library page the seed created."""
    return ResourceLibraryPage.objects.get(locale__language_code="en")
