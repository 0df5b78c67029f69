"""Factories for the library's snippets (source-language rows; translate them with demo.engine.translate)."""

import factory

from wagtail.models import Locale

from resources.models import Framework, Resource, ResourceFile, ResourceFramework


class FrameworkFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Test framework {n}")
    acronym = factory.Sequence(lambda n: f"TF{n}")
    slug = factory.Sequence(lambda n: f"test-framework-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Framework


class ResourceFactory(factory.django.DjangoModelFactory):
    """Pass `frameworks=[...]` and `tags=[...]`; they are attached before the first save, as in the admin.

    Its file: `document=` or `external_url=` (the resource's own language), or `files={code: document
    or URL}`; `external_url=""` and no document gives an entry without any file."""

    title = factory.Sequence(lambda n: f"Test resource {n}")
    slug = factory.Sequence(lambda n: f"test-resource-{n}")
    summary = "A resource written for the tests."
    resource_type = "guide"
    audiences = factory.LazyFunction(lambda: ["trainers"])
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Resource

    @classmethod
    def _create(cls, model_class, *args, frameworks=(), tags=(), files=None, **kwargs):
        document = kwargs.pop("document", None)
        external_url = kwargs.pop("external_url", "https://example.org/tool")
        resource = model_class(**kwargs)
        if files is None:
            language = resource.locale.language_code
            files = {language: document} if document else {language: external_url} if external_url else {}
        resource.files = [
            ResourceFile(language=code, **({"url": item} if isinstance(item, str) else {"document": item}))
            for code, item in files.items()
        ]
        resource.framework_links = [ResourceFramework(framework=framework) for framework in frameworks]
        if tags:
            resource.tags.add(*tags)
        resource.save()
        return resource
