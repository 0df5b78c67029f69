"""The archive's search: one Pagefind index per language, in <lang>/search/pagefind/.

Each page and library entry the live search covers (listing.py) is one record: its title and the
text of its <main>, followed by the keys the live search indexes for those words
(search/word_forms.py: folded forms, lemmas, Snowball stems, the Albanian endings cut), so a query
word in any form meets them. Pagefind stems English and Italian itself; it has no Albanian or
Montenegrin stemmer, and for those the page's script (static/static_archive/search.js) folds each
query word and cuts its ending before Pagefind's prefix match. Pagefind is a build-time tool
(requirements-dev.txt): the archive only holds the files it writes.
"""

import asyncio
import posixpath
import time
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from django.conf import settings

from search.word_forms import text_keys

from .crawl import kept_query
from .listing import entries_by_kind

SUMMARY_LENGTH = 220
# The language each index is built as: Montenegrin with Pagefind's Serbian stemmer (the live search
# stems it with Snowball's Serbian too); each language has its own bundle, which Pagefind uses
# whatever the page's lang says. Pagefind has no Albanian stemmer: the page's script cuts endings.
PAGEFIND_LANGUAGES = {"cnr": "sr"}


def _read(body, language):
    """The text a page's <main> shows, its summary, and the language its content reads in (an
    entry not yet translated reads in English: its result says so with `lang`)."""
    soup = BeautifulSoup(body.decode("utf-8"), "html.parser")
    main = soup.find("main") or soup
    for hidden in main.select("nav, form, .notice, script"):
        hidden.decompose()
    heading = main.find("h1")
    marked = heading if heading is None or heading.has_attr("lang") else heading.find_parent(lang=True)
    content_language = marked["lang"] if marked is not None and main in marked.parents else language
    description = soup.find("meta", attrs={"name": "description"})
    text = " ".join(main.get_text(" ").split())
    summary = (description.get("content", "") if description else "") or text
    if len(summary) > SUMMARY_LENGTH:
        summary = summary[:SUMMARY_LENGTH].rsplit(" ", 1)[0] + "…"
    return text, summary, content_language


def records(language, fetched, search_file):
    """The Pagefind records of one language, in a stable order."""
    from django.utils import translation

    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return []
    found = []
    with translation.override(language):
        groups = entries_by_kind(locale)
    for kind, _label, items in groups:
        for title, url in items:
            parts = urlsplit(url)
            item = fetched.get(parts.path if not kept_query(parts.query) else f"{parts.path}?{parts.query}")
            if item is None or not item.is_html or item.status != 200:
                continue
            text, summary, content_language = _read(item.body, language)
            keys = " ".join(text_keys(f"{title} {text}", language))
            found.append(
                {
                    "url": posixpath.relpath(item.file, posixpath.dirname(search_file)),
                    "content": f"{title}. {text}\n{keys}",
                    "language": PAGEFIND_LANGUAGES.get(language, language),
                    "meta": {
                        "kind": kind,
                        "title": title,
                        "summary": summary,
                        "href": posixpath.relpath(item.file, posixpath.dirname(search_file)),
                        **({"lang": content_language} if content_language != language else {}),
                    },
                }
            )
    return found


def _settled(folder):
    """Wait until Pagefind has finished writing a bundle: it answers before its last file (the
    WebAssembly of languages it has no stemmer for) is on disk, and closing it then leaves that file
    empty. Done when two looks 0.1 s apart agree and no file is empty (at most 10 s)."""
    last = None
    for _look in range(100):
        sizes = {path: path.stat().st_size for path in folder.rglob("*") if path.is_file()}
        if sizes and sizes == last and all(sizes.values()):
            return
        last = sizes
        time.sleep(0.1)


async def _write(language_records, folder):
    """One Pagefind process writes every language's bundle (no filters: Pagefind writes those in
    a different order each time; the kind is in each record's meta)."""
    from pagefind.index import IndexConfig, PagefindIndex
    from pagefind.service import PagefindService

    service = await PagefindService().launch()
    try:
        for output, items in language_records:
            config = IndexConfig(output_path=str(folder / output), verbose=False)
            created = await service.create_index(config)
            index = PagefindIndex(config=config, _service=service, _index_id=created._index_id)
            for record in items:
                await index.add_custom_record(**record)
            await index.write_files()
            _settled(folder / output)
            for unused in (folder / output).glob("pagefind-*ui*"):  # Pagefind's own UI: not used
                unused.unlink()
            (folder / output / "pagefind-highlight.js").unlink(missing_ok=True)
    finally:
        await service.close()


def write_search_indexes(folder, fetched, search_files):
    """Write every language's index; return the number of files written."""
    language_records = []
    for language, _name in settings.LANGUAGES:
        search_file = search_files.get(language)
        if search_file:
            output = posixpath.join(posixpath.dirname(search_file), "pagefind")
            language_records.append((output, records(language, fetched, search_file)))
    before = sum(1 for path in folder.rglob("*") if path.is_file())
    asyncio.run(_write(language_records, folder))
    return sum(1 for path in folder.rglob("*") if path.is_file()) - before
