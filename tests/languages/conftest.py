"""The editorial roles' fixtures, for tests of what visitors read after an editor's work."""

from tests.workflow.conftest import committed, coordinator, officer, translator_sq  # noqa: F401 (fixtures)
