"""The event editor: times are typed as the clock shows them at the event, in its own time zone."""

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.utils import timezone

from wagtail.admin.forms import WagtailAdminPageForm

LOCAL_TIME_FIELDS = ("start", "end", "registration_deadline")


def zone_named(name, default="Europe/Rome"):
    try:
        return ZoneInfo(name or default)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(default)


class EventPageForm(WagtailAdminPageForm):
    """Shows and reads start, end and deadline in the event's zone, not the editor's.

    Django's form fields work in the active (editor's) zone; a trainer in Tirana and an editor in
    Brussels should both read the same wall-clock time the participants see.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = zone_named(self.instance.time_zone)
        for name in LOCAL_TIME_FIELDS:
            value = getattr(self.instance, name, None)
            if name in self.fields and value is not None and timezone.is_aware(value):
                self.initial[name] = timezone.make_naive(value, zone)

    def clean(self):
        cleaned_data = super().clean()
        zone = zone_named(cleaned_data.get("time_zone"))
        for name in LOCAL_TIME_FIELDS:
            value = cleaned_data.get(name)
            if value is not None:
                cleaned_data[name] = timezone.make_naive(value).replace(tzinfo=zone)
        return cleaned_data
