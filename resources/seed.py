"""Seed the library: frameworks, resources with small demo PDFs, and the library page, in four
languages through wagtail-localize. Safe to run again: only what is missing is created."""

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction

from wagtail.documents import get_document_model
from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation, TranslationSource

from home.models import HomePage
from home.seed import translate_missing
from home.seeding import Text, catalogue_of, is_translated, translate

from .models import Framework, Resource, ResourceFramework, ResourceLibraryPage
from .seed_frameworks import FRAMEWORKS
from .seed_resources import PUBLISHERS, RESOURCES

LIBRARY_TITLE = Text("Resources", "Burime", "Resursi", "Risorse")
LIBRARY_INTRO = Text(
    "EU frameworks and practical tools for VET trainers and managers, in your language where a translation exists.",
    "Korniza të BE-së dhe mjete praktike për trajnerët dhe drejtuesit e AFP-së, në gjuhën tuaj kur ka përkthim.",
    "Okviri EU i praktični alati za trenere i rukovodioce u SOO, na vašem jeziku gdje postoji prevod.",
    "Quadri europei e strumenti pratici per formatori e responsabili dell'IFP, nella tua lingua quando esiste una traduzione.",
)


def demo_pdf(title):
    """A small, valid one-page PDF whose page shows `title` (ASCII only, as in PDF base fonts)."""
    text = title.encode("ascii", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 18 Tf 72 720 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    body = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    body += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return body


def demo_document(slug, title):
    Document = get_document_model()
    doc_title = f"VET-WEB demo: {slug}"
    existing = Document.objects.filter(title=doc_title).first()
    if existing is not None:
        return existing
    content = demo_pdf(title)
    document = Document(title=doc_title, file_size=len(content))
    document.file.save(f"{slug}.pdf", ContentFile(content), save=False)
    document._set_file_hash()
    document.save()
    return document


def seed_frameworks(source, targets, log):
    for spec in FRAMEWORKS:
        framework = Framework.objects.filter(locale=source, slug=spec["slug"]).first()
        if framework is None:
            framework = Framework.objects.create(
                locale=source,
                slug=spec["slug"],
                name=spec["name"].en,
                acronym=spec["acronym"],
                description=spec["description"].en,
                official_url=spec["url"],
            )
            log(f"Created framework {spec['acronym']}")
        catalogue = catalogue_of([spec["name"], spec["description"]])
        for locale in targets.values():
            if not is_translated(framework, locale):
                translate(framework, locale, catalogue, untranslated={spec["acronym"]})


def create_resource(spec, source, frameworks):
    resource = Resource(
        locale=source,
        slug=spec["slug"],
        title=spec["title"].en,
        summary=spec["summary"].en,
        resource_type=spec["resource_type"],
        audiences=spec["audiences"],
        eqf_levels=spec["eqf_levels"],
        file_languages=spec["file_languages"],
        external_url=spec["external_url"],
        publisher=PUBLISHERS[spec["publisher"]].en,
        publication_year=spec["year"],
        licence="CC BY 4.0" if spec["publisher"] == "vetweb" else "© European Union",
    )
    if not spec["external_url"]:
        resource.document = demo_document(spec["slug"], spec["title"].en)
    resource.framework_links = [ResourceFramework(framework=frameworks[slug]) for slug in spec["frameworks"]]
    resource.tags.add(*spec["tags"])
    resource.save()
    return resource


def seed_resources(source, targets, log):
    frameworks = {framework.slug: framework for framework in Framework.objects.filter(locale=source)}
    existing = {resource.slug: resource for resource in Resource.objects.filter(locale=source)}
    for spec in RESOURCES:
        resource = existing.get(spec["slug"])
        if resource is None:
            resource = create_resource(spec, source, frameworks)
            log(f"Created resource {spec['slug']}")
        catalogue = catalogue_of([spec["title"], spec["summary"], PUBLISHERS[spec["publisher"]]])
        for code in spec["into"]:
            if not is_translated(resource, targets[code]):
                translate(Resource.objects.get(pk=resource.pk), targets[code], catalogue)


# The Italian poster has its own PDF: a translation can point to a file in its language.
OWN_FILES = [("eqf-levels-poster", "it", "I livelli EQF in una pagina")]


def override_document(resource, locale, document):
    """Make `locale`'s translation of `resource` use `document`, the way a translator overrides it."""
    source, _created = TranslationSource.get_or_create_from_instance(resource)
    segment = OverridableSegment.objects.get(source=source, context__path="document")
    SegmentOverride.objects.update_or_create(
        locale=locale, context=segment.context, defaults={"data_json": str(document.pk)}
    )
    translation = Translation.objects.get(source=source, target_locale=locale)
    with transaction.atomic():
        translation.save_target(publish=True)


def seed_own_files(source, targets):
    for slug, code, title in OWN_FILES:
        resource = Resource.objects.get(locale=source, slug=slug)
        translated = resource.get_translation_or_none(targets[code])
        if translated is not None and translated.document_id == resource.document_id:
            override_document(resource, targets[code], demo_document(f"{slug}-{code}", title))


def seed_library_page(log):
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE, depth=2)
    page = ResourceLibraryPage.objects.child_of(home).first()
    if page is None:
        page = ResourceLibraryPage(
            title=LIBRARY_TITLE.en, slug="resources", intro=LIBRARY_INTRO.en, show_in_menus=True
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        log("Created the resource library page")
    translate_missing([(page, [LIBRARY_TITLE, LIBRARY_INTRO])], log)
    return page


def seed_library(log=print):
    source = Locale.get_default()
    targets = {locale.language_code: locale for locale in Locale.objects.exclude(pk=source.pk)}
    seed_frameworks(source, targets, log)
    seed_resources(source, targets, log)
    seed_own_files(source, targets)
    return seed_library_page(log)
