"""Running the project's scripts (scripts/) from a test, as an operator runs them.

The checks of the stack as deployed (the restore test, two app servers) drive real PostgreSQL,
Redis and gunicorn for minutes, so they run in the PostgreSQL pass of .ci/run, or when their
variable is set."""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ON_POSTGRESQL = os.environ.get("DATABASE_URL", "").startswith("postgres")


def on_the_deployed_stack(variable):
    """Skip, unless on PostgreSQL or with `variable` set."""
    return pytest.mark.skipif(
        not (ON_POSTGRESQL or os.environ.get(variable)),
        reason=f"minutes long, needs PostgreSQL and Redis: runs in the PostgreSQL pass, or set {variable}=1",
    )


def run_script(command, env, timeout=3600):
    """(the finished process, the end of its output to show when an assertion fails)."""
    result = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    return result, result.stdout[-6000:] + result.stderr[-3000:]
