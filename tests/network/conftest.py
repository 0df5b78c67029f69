"""The role fixtures of the editorial tests."""

from tests.editorial.conftest import on_commit  # noqa: F401 (a fixture)
