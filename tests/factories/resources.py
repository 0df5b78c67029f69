"""Factories for the library's snippets (source-language rows; translate them with demo.engine.translate)."""

import factory

from wagtail.models import Locale

from resources.models import Framework, Resource, ResourceFramework


class FrameworkFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Test framework {n}")
    acronym = factory.Sequence(lambda n: f"TF{n}")
    slug = factory.Sequence(lambda n: f"test-framework-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Framework


class ResourceFactory(factory.django.DjangoModelFactory):
    """Pass `frameworks=[...]` and `tags=[...]`; they are attached before the first save, as in the admin."""

    title = factory.Sequence(lambda n: f"Test resource {n}")
    slug = factory.Sequence(lambda n: f"test-resource-{n}")
    summary = "A resource written for the tests."
    resource_type = "guide"
    audiences = factory.LazyFunction(lambda: ["trainers"])
    file_languages = factory.LazyFunction(lambda: ["en"])
    external_url = "https://example.org/tool"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Resource

    @classmethod
    def _create(cls, model_class, *args, frameworks=(), tags=(), **kwargs):
        resource = model_class(**kwargs)
        resource.framework_links = [ResourceFramework(framework=framework) for framework in frameworks]
        if tags:
            resource.tags.add(*tags)
        resource.save()
        return resource
