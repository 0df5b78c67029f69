"""The library: frameworks, resources with small demo PDFs in the languages they list, and the library page."""

from django.core.management import call_command

from home.models import HomePage, WorkPackagePage
from resources.models import Framework, Resource, ResourceFile, ResourceFramework, ResourceLibraryPage

from .. import data
from ..engine import ensure_page, ensure_snippet, source_locale, target_locales, translate_missing
from ..pdf import demo_document


def seed_frameworks(source, log):
    for spec in data.content("frameworks")["frameworks"]:
        framework, created = ensure_snippet(
            Framework,
            {"locale": source, "slug": spec["slug"]},
            name=spec["name"],
            acronym=spec["acronym"],
            description=spec["description"],
            official_url=spec["url"],
        )
        if created:
            log(f"Created framework {spec['acronym']}")
        translate_missing(framework, lambda message: None, untranslated={spec["acronym"]})


def demo_files(spec):
    """The entry's files: a demo PDF per language of `files`, with the title and summary in that
    language (demo/pdf.py), or its external link, in English."""
    if spec.get("external_url"):
        return [ResourceFile(language="en", url=spec["external_url"])]
    files = []
    for language in spec["files"]:
        slug = spec["slug"] if language == "en" else f"{spec['slug']}-{language}"
        title = data.in_language(spec["title"], language)
        summary = data.in_language(spec["summary"], language)
        files.append(ResourceFile(language=language, document=demo_document(slug, title, summary, language)))
    return files


def create_resource(spec, source, frameworks, publishers, work_packages=None):
    resource = Resource(
        locale=source,
        slug=spec["slug"],
        title=spec["title"],
        summary=spec["summary"],
        resource_type=spec["resource_type"],
        audiences=spec["audiences"],
        eqf_levels=spec["eqf_levels"],
        publisher=publishers[spec["publisher"]],
        publication_year=spec["year"],
        licence="CC BY 4.0" if spec["publisher"] == "vetweb" else "© European Union",
        # The English work package an entry of the partnership came out of; translations keep the
        # link (a synchronised field). A misspelt slug stops the seed.
        work_package=work_packages[spec["work_package"]] if "work_package" in spec else None,
    )
    resource.files = demo_files(spec)
    resource.framework_links = [ResourceFramework(framework=frameworks[slug]) for slug in spec["frameworks"]]
    resource.tags.add(*spec["tags"])
    resource.save()
    return resource


def resource_locales(spec):
    """The locales a resource is translated into: those of `translated_into`, else every one."""
    locales = list(target_locales())
    if "translated_into" not in spec:
        return locales
    return [locale for locale in locales if locale.language_code in spec["translated_into"]]


def seed_resources(source, log):
    library = data.content("library")
    publishers = {item["key"]: item["name"] for item in library["publishers"]}
    frameworks = {framework.slug: framework for framework in Framework.objects.filter(locale=source)}
    existing = {resource.slug: resource for resource in Resource.objects.filter(locale=source)}
    work_packages = {
        page.slug: page for page in WorkPackagePage.objects.filter(locale=source)
    }  # seeded first
    for spec in library["resources"]:
        resource = existing.get(spec["slug"])
        if resource is None:
            resource = create_resource(spec, source, frameworks, publishers, work_packages)
            log(f"Created resource {spec['slug']}")
        translate_missing(resource, lambda message: None, locales=resource_locales(spec))


def seed_library_page(log):
    spec = data.content("library")["page"]
    home = HomePage.objects.get(locale=source_locale(), depth=2)
    page = ResourceLibraryPage.objects.child_of(home).first()
    if page is None:
        page, _created = ensure_page(
            home,
            ResourceLibraryPage,
            "resources",
            title=spec["title"],
            intro=spec["intro"],
            show_in_menus=True,
        )
        log("Created the resource library page")
    call_command("sync_locale_trees")
    translate_missing(page, log)
    return page


def seed_library(log):
    source = source_locale()
    seed_frameworks(source, log)
    seed_resources(source, log)
    return seed_library_page(log)
