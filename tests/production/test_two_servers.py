"""Two app servers on one PostgreSQL, Redis and S3 endpoint serve one site: the same pages, a
session, an upload and a publish through one seen on the other at once, and what
`publish_scheduled` changes from a process of its own seen on both (scripts/two_servers.py, also
`make two-servers`). Minutes long: it runs in the PostgreSQL pass of .ci/run, or with
RUN_TWO_SERVERS_TEST=1."""

import os
import sys

from tests.production.scripts_run import on_the_deployed_stack, run_script


@on_the_deployed_stack("RUN_TWO_SERVERS_TEST")
def test_two_app_servers_and_the_scheduler_share_one_site():
    env = {name: value for name, value in os.environ.items() if name != "DJANGO_SETTINGS_MODULE"}
    result, output = run_script([sys.executable, "scripts/two_servers.py"], env, timeout=1800)

    assert result.returncode == 0, output
    assert "FAIL" not in result.stdout, output
    assert "after publish_scheduled B answers 404 for the expired item" in result.stdout, output
    assert "Two app servers share one state: OK" in result.stdout, output
