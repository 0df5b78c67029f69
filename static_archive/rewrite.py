"""What the archived files say in place of what needs a server.

- Every internal link, asset and form action becomes a path relative to the file that holds it,
  ending in the file's name (index.html ...): the folder then works at a domain's root, under a
  sub-path and opened from disk (file:// shows no directory's index).
- A form that posts (contact, newsletter, join, requests, reports of use) becomes a short note with
  the project's contact address; a filter form (GET) is left out, its choices stay as links where
  the page has them; the search form goes to the archive's own search page.
- Absolute URLs (hreflang, canonical, feeds, sitemap, robots.txt) name the archive's base URL.
"""

import posixpath
from urllib.parse import quote, urlsplit

from bs4 import BeautifulSoup

from .crawl import CSS_URL, HOST, ORIGIN, kept_query, split_url

URL_ATTRIBUTES = {"a": "href", "link": "href", "area": "href", "img": "src", "script": "src", "source": "src"}
MAX_REDIRECTS = 5
SEARCH_SCRIPT = "static/static_archive/search.js"  # written by build.py from assets/search.js


class Rewriter:
    """Rewrites the fetched files of one crawl; `notes[language]` is the form note's HTML."""

    def __init__(self, fetched, base_url, notes, search_files):
        self.fetched = fetched
        self.base_url = base_url.rstrip("/")
        self.notes = notes
        self.search_files = search_files  # {language: the archive search page's file}
        self.base_path = urlsplit(self.base_url).path.rstrip("/") + "/"
        self.rooted = False

    def target(self, url, page_path):
        """The fetched URL a link leads to (through redirects), or None outside the archive."""
        parts = split_url(url, page_path)
        if parts is None:
            return None
        path, query = parts
        kept = kept_query(query)
        found = self.fetched.get(f"{path}?{kept}" if kept else path)
        for _hop in range(MAX_REDIRECTS):
            if found is None or not found.redirect:
                break
            found = self.fetched.get(found.redirect)
        return found if found is not None and (found.file or found.external) else None

    def relative(self, url, current, rooted=False):
        """`url` as a path from `current`'s file (or from the base path, for a page served at any
        path such as the 404 page), or None to leave it as it is."""
        found = self.target(url, urlsplit(current.url).path)
        if found is None:
            return None
        if found.external:
            return found.external
        fragment = urlsplit(url).fragment
        if rooted:
            relative = self.base_path + found.file
        else:
            relative = posixpath.relpath(found.file, posixpath.dirname(current.file) or ".")
        return quote(relative) + (f"#{fragment}" if fragment else "")

    def html(self, current, language, rooted=False):
        self.rooted = rooted
        soup = BeautifulSoup(current.body.decode("utf-8"), "html.parser")
        for form in soup.find_all("form"):
            self._form(soup, form, current, language)
        for tag_name, attribute in URL_ATTRIBUTES.items():
            for tag in soup.find_all(tag_name, attrs={attribute: True}):
                value = tag[attribute]
                if tag_name == "link" and urlsplit(value).scheme:
                    continue  # hreflang, canonical: absolute on purpose (the base URL below)
                relative = self.relative(value, current, self.rooted)
                if relative is not None:
                    tag[attribute] = relative
        for tag in soup.find_all(["img", "source"], attrs={"srcset": True}):
            tag["srcset"] = ", ".join(
                " ".join([self.relative(words[0], current, self.rooted) or words[0], *words[1:]])
                for candidate in tag["srcset"].split(",")
                if (words := candidate.split())
            )
        if current.file == self.search_files.get(language) and soup.body:
            script = soup.new_tag(
                "script", type="module", src=posixpath.relpath(SEARCH_SCRIPT, posixpath.dirname(current.file))
            )
            soup.body.append(script)
        return self.absolute(str(soup))

    def _form(self, soup, form, current, language):
        action = form.get("action") or urlsplit(current.url).path
        if (form.get("method") or "get").lower() == "post":
            form.replace_with(BeautifulSoup(self.notes[language], "html.parser"))
            return
        found = self.target(action, urlsplit(current.url).path)
        search_file = self.search_files.get(language)
        if found is not None and found.file == search_file:
            form["action"] = (
                self.base_path + search_file
                if self.rooted
                else posixpath.relpath(search_file, posixpath.dirname(current.file) or ".")
            )
            for hidden in form.find_all("input", attrs={"type": "hidden"}):
                hidden.decompose()
        else:
            form.decompose()  # a filter: a static host cannot filter

    def css(self, current):
        def swap(match):
            relative = self.relative(match.group(1), current)
            return f'url("{relative}")' if relative else match.group(0)

        return CSS_URL.sub(swap, current.body.decode("utf-8"))

    def absolute(self, text):
        """The archive's own absolute URLs name its base URL (also where they are URL-encoded)."""
        for origin in (ORIGIN, f"http://{HOST}"):
            text = text.replace(origin, self.base_url)
            text = text.replace(quote(origin, safe=""), quote(self.base_url, safe=""))
        return text
