"""Countries as visitors read them: ISO 3166 codes stored, names in the visitor's language.

The project's partner countries and their neighbours; events, mobilities and the results page
count participants by these codes, so the same country reads the same everywhere.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    ALBANIA = "AL", _("Albania")
    MONTENEGRO = "ME", _("Montenegro")
    ITALY = "IT", _("Italy")
    SPAIN = "ES", _("Spain")
    BELGIUM = "BE", _("Belgium")
    KOSOVO = "XK", _("Kosovo")
    NORTH_MACEDONIA = "MK", _("North Macedonia")
    SERBIA = "RS", _("Serbia")
    BOSNIA = "BA", _("Bosnia and Herzegovina")
    CROATIA = "HR", _("Croatia")
    GREECE = "GR", _("Greece")
    AUSTRIA = "AT", _("Austria")
    GERMANY = "DE", _("Germany")
    FRANCE = "FR", _("France")
    PORTUGAL = "PT", _("Portugal")
    OTHER = "ZZ", _("Other country")


def country_name(code):
    """The country's name in the active language; an unknown code stays as it is."""
    try:
        return Country(code).label
    except ValueError:
        return code
