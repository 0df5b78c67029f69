#!/usr/bin/env python3
"""Two stateless app servers on one PostgreSQL, Redis and S3-compatible object storage.

    make two-servers     (or .venv/bin/python scripts/two_servers.py)

Starts a local S3 endpoint (moto's server mode on 127.0.0.1), a scratch database, and gunicorn
twice (ports 8221 and 8222) with the same environment, then checks that:
  1. both serve the same content for every public URL;
  2. an editor logged in through server A is logged in on server B (sessions in Redis/DB);
  3. an image uploaded through A's admin lands in the bucket and B serves a page that uses it
     from there (nothing on the app servers' disks);
  4. an edit published through A's admin is served by B at once, in every language, and an
     unpublish through A is a 404 on B at once;
  5. `publish_scheduled`, run as a process of its own, takes a news item live and an expired one
     down on both servers at once, their page caches included.
Exits non-zero on the first failed check. Only 127.0.0.1 is contacted.
"""

import io
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import boto3
import requests
from botocore.exceptions import BotoCoreError, ClientError
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stack
from snapshot_pages import public_paths

DATABASE = "vetweb_production_two"
BUCKET = "vetweb-two-servers"
S3_PORT = 8230
PORTS = (8221, 8222)
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
PASSWORD = "two-servers-check"  # noqa: S105 - a scratch database on 127.0.0.1


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message, flush=True)
    if not condition:
        raise SystemExit(1)


def start_s3():
    process = subprocess.Popen(
        [str(stack.ROOT / ".venv/bin/moto_server"), "-H", "127.0.0.1", "-p", str(S3_PORT)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    endpoint = f"http://127.0.0.1:{S3_PORT}"
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="local",
        aws_secret_access_key="local",
        region_name="us-east-1",
    )
    for _ in range(60):
        try:
            client.create_bucket(Bucket=BUCKET)
            return process, endpoint, client
        except (BotoCoreError, ClientError):  # the endpoint is not answering yet
            time.sleep(0.5)
    stack.stop(process)
    raise SystemExit("the local S3 endpoint did not start")


class PlainHttpSession(requests.Session):
    """Production cookies are Secure; these local servers speak plain HTTP on 127.0.0.1."""

    def request(self, *args, **kwargs):
        response = super().request(*args, **kwargs)
        for cookie in self.cookies:
            cookie.secure = False
        return response


def admin_session(base):
    session = PlainHttpSession()
    session.get(f"{base}/admin/login/", timeout=10)
    response = session.post(
        f"{base}/admin/login/",
        data={
            "username": "twoservers",
            "password": PASSWORD,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        headers={"Referer": f"{base}/admin/login/"},
        timeout=10,
        allow_redirects=False,
    )
    response = session.get(f"{base}/admin/", timeout=10, allow_redirects=False)
    check(response.status_code == 200, f"editor logs in through {base}")
    return session


def manage_shell(env, code):
    output = subprocess.run(
        [stack.PYTHON, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=stack.ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return output.splitlines()[-1] if output else ""


SCHEDULE = """
import datetime
from django.utils import timezone
from home.models import NewsIndexPage, NewsPage
index = NewsIndexPage.objects.get(locale__language_code="en")
page = NewsPage(title={title!r}, slug={slug!r}, summary="Scheduled.", live=False)
index.add_child(instance=page)
page.go_live_at = timezone.now() + datetime.timedelta(seconds=2)
page.save_revision().publish()  # what the editor's Publish does with a go-live date: no publish yet
# The newest item, so the listing's first page shows it until it expires.
expiring = NewsPage.objects.live().filter(locale__language_code="en").order_by("-date", "-pk").first()
print(expiring.slug)
"""


def scheduled_changes(env, a, b):
    """A news item scheduled to go live and one whose expiry passes change on both servers when
    `publish_scheduled` runs in a process of its own, with no web request causing it."""
    title, slug = f"Scheduled at {time.strftime('%H:%M:%S')}", f"scheduled-{int(time.time())}"
    expiring = manage_shell(env, SCHEDULE.format(title=title, slug=slug))
    for name, base in (("A", a), ("B", b)):
        cached = []
        for _ in range(2):
            cached = [requests.get(f"{base}/en/news/{path}", timeout=10) for path in ("", f"{expiring}/")]
        check(
            all(response.headers.get("X-Page-Cache") == "hit" for response in cached),
            f"{name}'s page cache holds the news listing and /en/news/{expiring}/",
        )
    check(
        all(requests.get(f"{base}/en/news/{slug}/", timeout=10).status_code == 404 for base in (a, b)),
        "a news item scheduled two seconds ahead is not public yet on A and B",
    )
    # Its expiry passes with nothing saved and no signal sent (as time passing does).
    manage_shell(
        env,
        "from django.utils import timezone; from home.models import NewsPage; "
        f"NewsPage.objects.filter(slug={expiring!r}, locale__language_code='en')"
        ".update(expire_at=timezone.now())",
    )
    time.sleep(2.1)
    subprocess.run(
        [stack.PYTHON, "manage.py", "publish_scheduled"],
        cwd=stack.ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    for name, base in (("A", a), ("B", b)):
        listing = requests.get(f"{base}/en/news/", timeout=10).text
        check(
            requests.get(f"{base}/en/news/{slug}/", timeout=10).status_code == 200 and title in listing,
            f"after publish_scheduled (another process) {name} serves the scheduled item and lists it",
        )
        check(
            requests.get(f"{base}/en/news/{expiring}/", timeout=10).status_code == 404
            and f"/en/news/{expiring}/" not in listing,
            f"after publish_scheduled {name} answers 404 for the expired item and lists it no more",
        )


def main():
    s3_process, endpoint, s3 = start_s3()
    servers = []
    try:
        env = stack.production_env(
            DATABASE,
            AWS_STORAGE_BUCKET_NAME=BUCKET,
            AWS_S3_ENDPOINT_URL=endpoint,
            AWS_ACCESS_KEY_ID="local",
            AWS_SECRET_ACCESS_KEY="local",
            AWS_S3_REGION_NAME="us-east-1",
            AWS_DEFAULT_ACL="public-read",
            CACHE_KEY_PREFIX=f"vetweb-two-servers-{int(time.time())}",  # a fresh cache for a fresh database
            PAGE_CACHE_DEBUG_HEADER="true",  # X-Page-Cache: hit or miss
        )
        stack.prepare_database(DATABASE, env, fresh=True)
        manage_shell(
            env,
            "from django.contrib.auth import get_user_model; U = get_user_model(); "
            f"U.objects.filter(username='twoservers').exists() or U.objects.create_superuser('twoservers', 'ts@example.org', '{PASSWORD}')",
        )
        servers = [stack.start_gunicorn(port, env, workers=2) for port in PORTS]
        a, b = (f"http://127.0.0.1:{port}" for port in PORTS)

        paths = public_paths(a)

        def content(base, path):
            # Absolute links name the server's own port (share links percent-encode it) and a form
            # carries the visitor's own CSRF token; everything else must be identical.
            host = base.removeprefix("http://")
            text = requests.get(base + path, timeout=30).text
            text = text.replace(host, "SERVER").replace(quote(host, safe=""), "SERVER")
            return CSRF_TOKEN.sub('name="csrfmiddlewaretoken" value="TOKEN"', text)

        different = [p for p in paths if content(a, p) != content(b, p)]
        check(
            not different,
            f"both servers serve the same content for {len(paths)} public URLs {different or ''}",
        )

        editor = admin_session(a)
        response = editor.get(f"{b}/admin/", timeout=10, allow_redirects=False)
        check(response.status_code == 200, "the session started on A is valid on B")

        buffer = io.BytesIO()
        Image.new("RGB", (320, 200), (0, 51, 153)).save(buffer, "PNG")
        response = editor.post(
            f"{a}/admin/images/multiple/add/",
            data={"csrfmiddlewaretoken": editor.cookies["csrftoken"]},
            files={"files[]": ("partners-meeting.png", buffer.getvalue(), "image/png")},
            headers={"Referer": f"{a}/admin/images/multiple/add/", "X-Requested-With": "XMLHttpRequest"},
            timeout=30,
        )
        uploaded = response.ok and response.headers.get("Content-Type", "").startswith("application/json")
        check(
            uploaded and response.json().get("success"),
            f"an image is uploaded through A's admin ({response.status_code} {response.text[:80]!r})",
        )
        keys = [o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])]
        check(any(k.endswith(".png") and "original_images" in k for k in keys), "the upload is in the bucket")
        rendition_url = manage_shell(
            env,
            "from wagtail.images import get_image_model; "
            "print(get_image_model().objects.latest('pk').get_rendition('fill-100x50').url)",
        )
        check(
            rendition_url.startswith(endpoint),
            f"its rendition is served from object storage: {rendition_url}",
        )
        status = requests.get(rendition_url, timeout=10).status_code
        check(status == 200, f"the rendition answers {status}")

        new_title = f"About VET-WEB, edited at {time.strftime('%H:%M:%S')}"
        page_id = manage_shell(
            env,
            "from home.models import StandardPage; "
            "p = StandardPage.objects.get(slug='about', locale__language_code='en'); "
            f"p.title = {new_title!r}; p.save_revision(); print(p.pk)",
        )
        check(new_title not in requests.get(f"{b}/en/about/", timeout=10).text, "a draft is not public on B")
        response = editor.post(
            f"{a}/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/",
            data={"csrfmiddlewaretoken": editor.cookies["csrftoken"]},
            headers={"Referer": f"{a}/admin/"},
            timeout=30,
        )
        check(response.ok, "the edit is published through A's admin")
        # B reads the content generation from the shared cache on every request: no wait.
        started = time.monotonic()
        english = requests.get(f"{b}/en/about/", timeout=10).text
        check(
            new_title in english,
            f"B serves the published edit within a second ({time.monotonic() - started:.2f} s)",
        )
        for code in stack.site_languages(translations_only=True):
            # A copy nobody translated reads the English original; a translation says its original
            # changed (languages/translation_notes.html): either way B knows of the publish at once.
            html = requests.get(f"{b}/{code}/about/", timeout=10).text
            check(new_title in html or "notice__outdated" in html, f"/{code}/about/ on B is up to date")

        response = editor.post(
            f"{a}/admin/pages/{page_id}/unpublish/",
            data={"csrfmiddlewaretoken": editor.cookies["csrftoken"]},
            headers={"Referer": f"{a}/admin/"},
            timeout=30,
        )
        check(response.ok, "the page is unpublished through A's admin")
        time.sleep(1.1)  # as above: B's processes read the content generation again within a second
        check(
            requests.get(f"{b}/en/about/", timeout=10).status_code == 404,
            "B answers 404 for it within a second",
        )
        scheduled_changes(env, a, b)
        check(
            re.search(r'"status": ?"ok"', requests.get(f"{b}/readyz", timeout=10).text) is not None,
            "B is ready",
        )
        print("Two app servers share one state: OK")
        return 0
    finally:
        for server in servers:
            stack.stop(server)
        stack.stop(s3_process)


if __name__ == "__main__":
    sys.exit(main())
