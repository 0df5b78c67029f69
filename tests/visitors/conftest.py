from tests.workflow.conftest import coordinator, officer  # noqa: F401 - shared role fixtures
