"""Start the production stack on this machine, for the load test and the two-servers check.

gunicorn with the production settings against PostgreSQL and Redis at 127.0.0.1, on a database of
its own that is created, migrated and seeded first. Everything listens on 127.0.0.1 only.
"""

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PG = os.environ.get("PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/5")


def site_languages(*, translations_only=False):
    """The site's language codes, read from the settings (their one source); optionally without
    the source language."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from vetweb_site.settings.base import LANGUAGE_CODE, LANGUAGES

    return [code for code, _name in LANGUAGES if not (translations_only and code == LANGUAGE_CODE)]


def production_env(database, **extra):
    static_root = Path(tempfile.gettempdir()) / "vetweb-production-static"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "vetweb_site.settings.production",
        "SECRET_KEY": "local-stack-" + "k" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"{PG}/{database}",
        "REDIS_URL": REDIS_URL,
        "STATIC_ROOT": str(static_root),
        "LOG_LEVEL": "ERROR",
    }
    env.update(extra)
    return env


def run(args, env, **kwargs):
    print("$", " ".join(args[1:] if args[0] == PYTHON else args), flush=True)
    subprocess.run(args, cwd=ROOT, env=env, check=True, **kwargs)


def prepare_database(database, env, *, fresh=False):
    """Create the database if missing (or anew), migrate, seed the demo, collect static files."""
    if fresh:
        subprocess.run(["dropdb", "--if-exists", "-h", "127.0.0.1", "-U", "postgres", database], check=True)
    exists = subprocess.run(
        [
            "psql",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-tAc",
            f"SELECT 1 FROM pg_database WHERE datname='{database}'",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not exists:
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], check=True)
    run([PYTHON, "manage.py", "compilemessages", "--ignore=.venv", "-v0"], env)
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], env)
    run([PYTHON, "manage.py", "seed_site"], env, stdout=subprocess.DEVNULL)
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], env)


def start_gunicorn(port, env, *, workers=None, log=None):
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:  # else the checks would measure that server
            sys.exit(f"Port {port} is already in use on 127.0.0.1: stop what serves there first")
    env = {**env, "PORT": str(port), "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_ACCESS_LOG": ""}
    if workers:
        env["WEB_CONCURRENCY"] = str(workers)
    process = subprocess.Popen(
        [GUNICORN, "-c", "gunicorn.conf.py", "vetweb_site.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=log or subprocess.DEVNULL,
        stderr=log or subprocess.DEVNULL,
        start_new_session=True,
    )
    wait_ready(f"http://127.0.0.1:{port}", process)
    return process


def wait_ready(base, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"gunicorn at {base} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/readyz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    stop(process)
    sys.exit(f"gunicorn at {base} was not ready within {timeout} s")


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
