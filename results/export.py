"""The results in the categories of the Erasmus+ Project Results Platform, for coordinators who
report to the funder: one row per result (deliverable, library entry, event held, mobility story).

The platform asks, per result, for a title, a type, a description, the languages it exists in and
a link; these rows give exactly that, in English (the reporting language), as CSV or XLSX.

Links start at PUBLIC_BASE_URL (core/public_origin.py), never at the Wagtail Site record's
hostname. Only the partnership's own outputs are results: a library entry counts when its
publisher is a partner (name or short name of a Partner snippet) or names the project itself;
the library's EU texts (European Commission, Cedefop, ETF, ...) are not the project's results.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from core.public_origin import absolute
from events.models import EventPage
from home.models import Deliverable, Partner
from mobility.models import MobilityPage
from resources.models import Resource, ResourceFile, ResourceLibraryPage

from .figures import held_events

# The platform's result types.
REPORT = "Report/study"
GUIDELINES = "Guidelines"
TOOLKIT = "Toolkit"
MATERIAL = "Learning/teaching/training material"
EVENT = "Event"
CASE_STUDY = "Case study"
OTHER = "Other"

TYPE_OF_RESOURCE = {
    "guide": GUIDELINES,
    "template": TOOLKIT,
    "toolkit": TOOLKIT,
    "self-assessment": TOOLKIT,
    "report": REPORT,
    "course-material": MATERIAL,
    "video": MATERIAL,
}

COLUMNS = [
    ("title", _("Result title")),
    ("result_type", _("Result type")),
    ("description", _("Description")),
    ("work_package", _("Work package")),
    ("languages", _("Languages available")),
    ("date", _("Date")),
    ("link", _("Link")),
]


def _languages_by_key(queryset):
    """{translation_key: "en, sq, …"}: the languages each item is really written in (no alias copies)."""
    found = {}
    for key, code in queryset.values_list("translation_key", "locale__language_code").order_by("locale_id"):
        found.setdefault(key, []).append(code)
    return {key: ", ".join(codes) for key, codes in found.items()}


def _file_languages(resources):
    """{translation_key: "en, sq, …"}: the languages each entry's file is attached in (ResourceFile)."""
    order = [code for code, _name in settings.LANGUAGES]
    found = {}
    rows = ResourceFile.objects.filter(resource__in=resources.values("pk")).values_list(
        "resource__translation_key", "language"
    )
    for key, code in rows:
        found.setdefault(key, []).append(code)
    return {
        key: ", ".join(sorted(codes, key=lambda code: order.index(code) if code in order else len(order)))
        for key, codes in found.items()
    }


PROJECT_NAME = "VET-WEB"


def own_publishers():
    """The publisher names (casefolded) that are the partnership's: every partner's name and short name."""
    names = Partner.objects.values_list("name", "short_name")
    return {name.strip().casefold() for pair in names for name in pair if name and name.strip()}


def is_own_output(publisher, own_names):
    """True when `publisher` is a partner or the project itself; an empty publisher is not."""
    publisher = (publisher or "").strip().casefold()
    return bool(publisher) and (publisher in own_names or PROJECT_NAME.casefold() in publisher)


def page_link(request, page):
    """The page's address on the public origin, whatever hostname the Site record holds."""
    parts = page.get_url_parts(request)
    return absolute(request, parts[2]) if parts else ""


def result_rows(request):
    """Every result as a dict of COLUMNS keys, English originals only, in a fixed number of queries."""
    source = settings.LANGUAGE_CODE
    rows = []
    deliverables = Deliverable.objects.filter(
        locale__language_code=source, page__live=True, status=Deliverable.Status.DONE
    ).select_related("page", "document", "resource")
    library = ResourceLibraryPage.objects.live().filter(locale__language_code=source).order_by("path").first()
    for item in deliverables.order_by("page__number", "sort_order"):
        href = item.url_in(library)
        rows.append(
            {
                "title": item.title,
                "result_type": TYPE_OF_RESOURCE.get(item.resource.resource_type, REPORT)
                if item.resource_id
                else REPORT,
                "description": "",
                "work_package": item.page.title,
                "languages": source,
                "date": item.due_date,
                "link": absolute(request, href) if href else "",
            }
        )
    resources = Resource.objects.filter(locale__language_code=source, live=True).select_related(
        "work_package"
    )
    resource_languages = _file_languages(resources)
    own_names = own_publishers()
    for resource in resources.order_by("title"):
        if not is_own_output(resource.publisher, own_names):
            continue
        link = library.resource_url(resource, request) if library else ""
        rows.append(
            {
                "title": resource.title,
                "result_type": TYPE_OF_RESOURCE.get(resource.resource_type, OTHER),
                "description": resource.summary,
                "work_package": resource.work_package.title if resource.work_package_id else "",
                "languages": resource_languages.get(resource.translation_key, source),
                "date": resource.publication_year or "",
                "link": absolute(request, link) if link else "",
            }
        )
    written = Page.objects.live().filter(alias_of__isnull=True)
    for model, result_type, pages in (
        (EventPage, EVENT, held_events()),
        (MobilityPage, CASE_STUDY, MobilityPage.objects.live().filter(locale__language_code=source)),
    ):
        page_languages = _languages_by_key(written.type(model))
        for page in pages.select_related("work_package").order_by("pk"):
            rows.append(
                {
                    "title": page.title,
                    "result_type": result_type,
                    "description": page.intro,
                    "work_package": page.work_package.title if page.work_package_id else "",
                    "languages": page_languages.get(page.translation_key, source),
                    "date": (page.start.date() if model is EventPage else page.start_date),
                    "link": page_link(request, page),
                }
            )
    return rows
