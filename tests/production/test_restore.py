"""The restore test can tell a correct restore from a lost row or file: page digests ignore what
differs on every answer (CSRF tokens) and the order of unordered lists, never a missing item.
The full run (scripts/test_restore.sh against real PostgreSQL, Redis and gunicorn: one seed, one
backup, three restores, minutes) runs in the PostgreSQL pass of .ci/run, or with RUN_RESTORE_TEST=1."""

import os
import sys

from tests.production.scripts_run import ROOT, on_the_deployed_stack, run_script

sys.path.insert(0, str(ROOT / "scripts"))

from snapshot_pages import digest

PAGE = b"""<form><input type="hidden" name="csrfmiddlewaretoken" value="%s"></form>
<ul><li><a href="/en/news/a/">A</a></li><li><a href="/en/news/b/">B</a></li>%s</ul>"""


def page(token=b"x1", items=b""):
    return PAGE % (token, items)


def test_a_new_csrf_token_is_not_a_difference():
    assert digest(page(b"tokenONE")) == digest(page(b"tokenTWO"))


def test_another_order_of_the_same_rows_is_not_a_difference():
    first = b'<ul><li><a href="/a/">A</a></li><li><a href="/b/">B</a></li></ul>'
    second = b'<ul><li><a href="/b/">B</a></li><li><a href="/a/">A</a></li></ul>'
    assert digest(first) == digest(second)


def test_a_lost_row_or_picture_is_a_difference():
    full = page(items=b'<li><a href="/en/news/c/">C</a><img src="/media/images/c.webp" alt=""></li>')
    assert digest(full) != digest(page())
    assert digest(full) != digest(full.replace(b"c.webp", b"d.webp"))


def run_restore_test():
    env = {
        **os.environ,
        "RESTORE_TEST_LOSSES": "1",
        "RESTORE_TEST_DB": os.environ.get("RESTORE_TEST_DB", "vetweb_restore_pytest"),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("RESTORE_TEST_LOSE", None)
    return run_script(["bash", "scripts/test_restore.sh"], env)


@on_the_deployed_stack("RUN_RESTORE_TEST")
def test_a_correct_restore_serves_the_same_site_and_a_lost_row_or_file_is_caught():
    result, output = run_restore_test()

    assert result.returncode == 0, output
    assert "Restore test passed" in result.stdout, output
    assert "A lost row is caught" in result.stdout, output
    assert "A lost file is caught" in result.stdout, output
