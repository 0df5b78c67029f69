"""Time zones as visitors read them: the city that names the zone, in the visitor's language."""

from django.utils.translation import pgettext_lazy

# Inflected as the sentence "time in <city>" needs it (locative in Montenegrin, genitive in Albanian).
ZONE_CITIES = {
    "Europe/Rome": pgettext_lazy("time in <city>", "Rome"),
    "Europe/Tirane": pgettext_lazy("time in <city>", "Tirana"),
    "Europe/Podgorica": pgettext_lazy("time in <city>", "Podgorica"),
    "Europe/Brussels": pgettext_lazy("time in <city>", "Brussels"),
    "Europe/Madrid": pgettext_lazy("time in <city>", "Madrid"),
    "Europe/Belgrade": pgettext_lazy("time in <city>", "Belgrade"),
    "Europe/Sarajevo": pgettext_lazy("time in <city>", "Sarajevo"),
    "Europe/Skopje": pgettext_lazy("time in <city>", "Skopje"),
    "Europe/Athens": pgettext_lazy("time in <city>", "Athens"),
    "Europe/Lisbon": pgettext_lazy("time in <city>", "Lisbon"),
    "Europe/London": pgettext_lazy("time in <city>", "London"),
    "UTC": pgettext_lazy("time in <city>", "UTC"),
}


def zone_city(zone):
    """ "Tirana" (or "Tiranës" under /sq/) for Europe/Tirane; an unknown zone keeps its own name."""
    return ZONE_CITIES.get(zone, zone)
