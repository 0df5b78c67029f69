"""One machine with local files, end to end: gunicorn with the production settings and uploads in
MEDIA_ROOT (no object storage, no Redis, no web server in front) serves event photos, news images
and their renditions from /media/, as a visitor's browser asks for them."""

import http.client
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(port, path):
    """(status, Content-Type, Cache-Control) of a GET, as through an HTTPS proxy in front."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers={"X-Forwarded-Proto": "https"})
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader("Content-Type"), response.getheader("Cache-Control") or ""
    finally:
        connection.close()


@pytest.fixture
def one_machine(tmp_path):
    """gunicorn with the production settings, a local media folder holding an uploaded picture and
    its rendition; yields the server's port and stops the server afterwards."""
    media = tmp_path / "media"
    (media / "original_images").mkdir(parents=True)
    (media / "images").mkdir()
    Image.new("RGB", (300, 200), (0, 51, 153)).save(media / "original_images" / "study-visit.png")
    Image.new("RGB", (120, 80), (0, 51, 153)).save(media / "images" / "study-visit.fill-120x80.webp")
    port = _free_port()
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL", "AWS_STORAGE_BUCKET_NAME"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="vetweb_site.settings.production",
        SECRET_KEY=secrets.token_hex(32),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        MEDIA_ROOT=str(media),
        STATIC_ROOT=str(tmp_path / "static"),
        CACHE_DIR=str(tmp_path / "cache"),
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "vetweb_site.wsgi"]
        + ["--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(300):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert server.poll() is None, server.stderr.read().decode()[-2000:]
            time.sleep(0.1)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)
        server.stderr.close()


def test_gunicorn_with_production_settings_serves_pictures_from_local_media(one_machine):
    for path, kind in (
        ("/media/original_images/study-visit.png", "image/png"),
        ("/media/images/study-visit.fill-120x80.webp", "image/webp"),
    ):
        status, content_type, cache_control = _get(one_machine, path)

        assert (status, content_type) == (200, kind), path
        assert "max-age=31536000" in cache_control
