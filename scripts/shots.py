#!/usr/bin/env python3
"""Screenshots of every public page type in every language at 390 and 1280 px: shots.py BASE_URL OUT_DIR.

Reads the page list from the database the server uses (demo/public_urls.py, the same list the
browser and accessibility tests check), so run it with that server's DATABASE_URL (`make shots`).
"""

import os
import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vetweb_site.settings.dev")
django.setup()

from playwright.sync_api import sync_playwright  # noqa: E402

from django.conf import settings  # noqa: E402

from demo.public_urls import public_urls  # noqa: E402

WIDTHS = {"phone": 390, "desktop": 1280}
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def main(base, out):
    assert base.startswith("http://127.0.0.1:"), "local servers only"
    out.mkdir(parents=True, exist_ok=True)
    urls = [url for code, _name in settings.LANGUAGES for url in public_urls(code, include_feeds=False)]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=LAUNCH_ARGS)
        for device, width in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": 900})
            for url in urls:
                page.goto(base + url.url)
                name = f"{url.language}-{url.label.replace(' ', '-').replace('(', '').replace(')', '')}-{device}.png"
                page.screenshot(path=out / name, full_page=True)
            page.close()
        browser.close()
    print(f"{len(urls) * len(WIDTHS)} screenshots in {out}")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
