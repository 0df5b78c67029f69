"""Factories for the site's page types."""

import datetime

import factory
import wagtail_factories

from home.models import NewsPage, Partner, StandardPage, WorkPackagePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = factory.Sequence(lambda n: f"standard-page-{n}")
    intro = "A page written for the tests."

    class Meta:
        model = StandardPage


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner organisation {n}")
    country = "AL"
    role = "partner"

    class Meta:
        model = Partner


class WorkPackagePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Work package {n}")
    slug = factory.Sequence(lambda n: f"work-package-{n}")
    number = factory.Sequence(lambda n: 100 + n)
    intro = "A work package written for the tests."

    class Meta:
        model = WorkPackagePage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    slug = factory.Sequence(lambda n: f"news-item-{n}")
    date = datetime.date(2024, 5, 1)
    summary = "A news item written for the tests."

    class Meta:
        model = NewsPage
