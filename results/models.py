"""The public Results page: what the project has delivered, per work package and in figures.

Everything on it is computed from content the site already has (results/figures.py); the page
only adds an introduction. `xlsx/` serves the same figures as a spreadsheet that opens in columns
in every reader's Excel (an Italian, Albanian or Montenegrin Excel expects `;` in a CSV); `csv/`
stays for programs.
"""

import csv

from django.db.models import Count, OuterRef, Prefetch, Value
from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core import built_once
from core.locales import locale_of
from core.pages import IntroPage
from core.translation_state import expect_readings
from events.models import EventPage
from exports.spreadsheet import XLSX_CONTENT_TYPE, neutralise_cell, xlsx_bytes
from home.models import Deliverable, NewsPage, WorkPackagePage
from mobility.models import MobilityPage
from resources.facets import LabelOfGroup
from resources.models import ResourceLibraryPage
from resources.models.snippets import fetch_from_library, library_of

from . import figures


def output_labels(outputs):
    """ "2 news items", "1 event", ... for the kinds a work package has; none for a kind it lacks
    (a row of zeros reads as a failed work package when nothing was linked yet)."""
    labels = {
        "news": lambda n: ngettext("%(counter)s news item", "%(counter)s news items", n),
        "events": lambda n: ngettext("%(counter)s event", "%(counter)s events", n),
        "mobilities": lambda n: ngettext("%(counter)s mobility story", "%(counter)s mobility stories", n),
        "resources": lambda n: ngettext("%(counter)s library entry", "%(counter)s library entries", n),
    }
    return [labels[kind](n) % {"counter": n} for kind, n in outputs.items() if n]


OUTPUT_KINDS = ("news", "events", "mobilities", "resources")


def _work_packages_in(locale_id):
    """The live public work packages of a language, with their deliverables, in number order."""
    deliverables = Deliverable.objects.select_related("document", "resource").order_by("sort_order")
    return (
        WorkPackagePage.objects.live()
        .exclude(figures.private_pages())
        .filter(locale_id=locale_id)
        .select_related("locale", "alias_of__locale")
        .prefetch_related(Prefetch("deliverables", queryset=deliverables))
        .order_by("number", "pk")
    )


def _linked_outputs(locale_id, library):
    """(kind, work package translation key, count) of the news, events and mobility stories of a
    language and the library entries in `library`, in one query: counted per linked work package
    and its translation key read once per work package (a language's items may link to any
    language's version of it; linked_outputs adds them up by key). Joining every item to its work
    package's page to group by the key took 8 of its 20 ms at 10,000 news items."""
    private = figures.private_pages()
    pages = {
        "news": NewsPage.objects.live().exclude(private).filter(locale_id=locale_id),
        "events": EventPage.objects.live().exclude(private).filter(locale_id=locale_id),
        "mobilities": MobilityPage.objects.live().exclude(private).filter(locale_id=locale_id),
        "resources": library,
    }
    links = {"news": "related_work_package_id"}
    counted = []
    for kind, queryset in pages.items():
        link = links.get(kind, "work_package_id")
        key = LabelOfGroup(Page.objects.filter(pk=OuterRef(link)).values("translation_key")[:1])
        counted.append(
            queryset.exclude(**{link: None})
            .order_by()
            .values(link)
            .annotate(kind=Value(kind), key=key, n=Count("pk"))
            .values_list("kind", "key", "n")
        )
    return counted[0].union(*counted[1:], all=True)


def _linked_outputs_listed(locale_id, source_id, *arguments, library=None):
    return _linked_outputs(locale_id, library_of(locale_id, source_id, arguments, library)[0])


class ResultsPage(RoutablePageMixin, IntroPage):
    """Results at a glance for funders and partners: work packages, deliverables and figures."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Results page")

    def work_packages(self):
        """This language's work packages with their deliverables (files and links resolved) and
        counts of what is linked to them, in a fixed number of queries (their SQL built once per
        process: core.built_once)."""
        packages = built_once.fetch(_work_packages_in, self.locale_id)
        expect_readings(packages)
        library = ResourceLibraryPage.for_locale(self.locale_id)
        outputs = self.linked_outputs()
        for package in packages:
            package.deliverable_list = list(package.deliverables.all())
            for deliverable in package.deliverable_list:
                deliverable.href = deliverable.url_in(library)
            package.outputs = {
                kind: counts.get(package.translation_key, 0) for kind, counts in outputs.items()
            }
            package.output_labels = output_labels(package.outputs)
        return packages

    def linked_outputs(self):
        """{kind: {work package translation key: count}} for news, events, mobility stories and
        library entries in this language (one query, its SQL built once per process)."""
        outputs = {kind: {} for kind in OUTPUT_KINDS}
        for kind, key, n in fetch_from_library(_linked_outputs_listed, locale_of(self)):
            outputs[kind][key] = outputs[kind].get(key, 0) + n
        return outputs

    def figures(self):
        """(events held, figures) of the page and its CSV; each figure groups over all the content."""
        events_held, participants, mobilities = figures.events_and_mobilities()
        return events_held, [figures.library_figure(), figures.downloads_figure(), participants, mobilities]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events_held, page_figures = self.figures()
        work_packages = self.work_packages()
        context.update(work_packages=work_packages, figures=page_figures, events_held=events_held)
        return context

    def figure_rows(self):
        """The figures cell by cell, in the page's language: a heading row, then one row per cell."""
        yield [str(_("Figure")), str(_("Row")), str(_("Column")), str(_("Value"))]
        events_held, page_figures = self.figures()
        yield [str(_("Events held")), "", "", events_held]
        for figure in page_figures:
            yield from (list(row) for row in figure.csv_rows())

    def _download(self, content, content_type, extension):
        response = HttpResponse(content, content_type=content_type)
        response["Content-Disposition"] = content_disposition_header(
            True, f"vet-web-results-{self.locale.language_code}.{extension}"
        )
        return response

    @path("csv/", name="csv")
    def csv_route(self, request):
        """The page's figures as CSV (comma-separated, with a byte order mark for Excel)."""
        response = self._download("\ufeff", "text/csv; charset=utf-8", "csv")
        writer = csv.writer(response)
        for row in self.figure_rows():
            writer.writerow([neutralise_cell(cell) for cell in row])
        return response

    @path("xlsx/", name="xlsx")
    def xlsx_route(self, request):
        """The page's figures as an XLSX workbook: columns in every Excel, numbers as numbers."""
        return self._download(xlsx_bytes(self.figure_rows(), title="VET-WEB"), XLSX_CONTENT_TYPE, "xlsx")
