"""Factories for events: each event starts at a given moment and lasts two hours by default."""

from datetime import timedelta

import factory
import wagtail_factories

from django.utils import timezone

from events.models import EventPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test event {n}")
    slug = factory.Sequence(lambda n: f"test-event-{n}")
    intro = "An event written for the tests."
    event_type = "training"
    time_zone = "Europe/Rome"
    city = "Podgorica"
    country = "Montenegro"
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))
    end = factory.LazyAttribute(lambda event: event.start + timedelta(hours=2))

    class Meta:
        model = EventPage
