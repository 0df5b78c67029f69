"""The Results page in every language (its figures are computed from the rest of the demo)."""

from django.core.management import call_command

from home.models import HomePage
from results.models import ResultsPage

from .. import data
from ..engine import ensure_page, source_locale, translate_missing


def seed_results(log):
    spec = data.content("results")["page"]
    home = HomePage.objects.get(locale=source_locale(), depth=2)
    page, _created = ensure_page(home, ResultsPage, spec["slug"], title=spec["title"], intro=spec["intro"])
    call_command("sync_locale_trees")
    translate_missing(page, log)
    return page
