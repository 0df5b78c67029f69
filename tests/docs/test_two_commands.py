"""The README's two commands do all the set-up: `make test` first gets what its tests need from the
system (or says in one line what to install), `make run` ends with where to go and how to stop."""

import os
import subprocess

from .markdown import ROOT


def make(*arguments, env=None):
    return subprocess.run(
        ["make", "--no-print-directory", *arguments],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_make_test_gets_the_system_packages_before_anything_needs_them():
    prerequisites = next(
        line for line in (ROOT / "Makefile").read_text().splitlines() if line.startswith("test:")
    )
    order = prerequisites.split("##")[0].split(":")[1].split()
    assert order[0] == "test-packages", "gettext and Chromium come first: compilemessages needs msgfmt"


def test_without_root_a_missing_browser_is_one_line_saying_what_to_install(tmp_path):
    fake_id = tmp_path / "id"
    fake_id.write_text("#!/bin/sh\necho 1000\n")  # not root: nothing may be installed
    fake_id.chmod(0o755)

    result = make(
        "-s",
        "test-packages",
        env={"PATH": f"{tmp_path}:{os.environ['PATH']}", "CHROMIUM_PATH": str(tmp_path / "no-chromium")},
    )

    assert result.returncode != 0
    said = [line for line in result.stderr.splitlines() if not line.startswith(("make:", "make["))]
    assert said == [
        "make test needs chromium: install it (Debian: sudo apt-get install chromium) and run make test again"
    ]


def test_with_everything_installed_nothing_is_said(tmp_path):
    chromium = tmp_path / "chromium"
    chromium.write_text("#!/bin/sh\n")
    chromium.chmod(0o755)
    msgfmt = tmp_path / "msgfmt"
    msgfmt.write_text("#!/bin/sh\n")
    msgfmt.chmod(0o755)

    result = make(
        "-s",
        "test-packages",
        env={"PATH": f"{tmp_path}:{os.environ['PATH']}", "CHROMIUM_PATH": str(chromium)},
    )

    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_make_run_ends_with_the_address_the_admin_and_how_to_stop():
    plan = make("-n", "-o", ".venv/.installed", "run", "HOST=0.0.0.0:8106").stdout

    assert plan.rstrip().endswith("manage.py runserver 0.0.0.0:8106")
    assert "http://%s/" in plan and "http://%s/admin/" in plan and "Ctrl-C" in plan
    assert '"0.0.0.0:8106" "0.0.0.0:8106"' in plan
