"""Where network members are: the cities of Albania and Montenegro a member can be in, and the map.

Towns are chosen from this list (not typed), so filters, the map and translations agree: each
city has a key, a country, coordinates and a name translated in the UI catalogues (Shkodër is
Skadar in Montenegrin, Scutari in Italian). Adding a city is one line here. The map is an inline
SVG: the country outlines shipped in data/outlines.json and a dot per city with members,
projected here; no tiles, no requests to other hosts.
"""

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.translation import pgettext_lazy

from core.countries import Country

OUTLINES = Path(__file__).resolve().parent / "data" / "outlines.json"
COUNTRIES = {country.value: country.label for country in (Country.ALBANIA, Country.MONTENEGRO)}


@dataclass(frozen=True)
class City:
    key: str
    name: str
    country: str
    lon: float
    lat: float


CITIES = (
    City("tirana", pgettext_lazy("city", "Tirana"), "AL", 19.82, 41.33),
    City("durres", pgettext_lazy("city", "Durrës"), "AL", 19.45, 41.32),
    City("shkoder", pgettext_lazy("city", "Shkodër"), "AL", 19.51, 42.07),
    City("lezhe", pgettext_lazy("city", "Lezhë"), "AL", 19.64, 41.78),
    City("elbasan", pgettext_lazy("city", "Elbasan"), "AL", 20.08, 41.11),
    City("fier", pgettext_lazy("city", "Fier"), "AL", 19.56, 40.72),
    City("vlore", pgettext_lazy("city", "Vlorë"), "AL", 19.49, 40.47),
    City("berat", pgettext_lazy("city", "Berat"), "AL", 19.95, 40.70),
    City("korce", pgettext_lazy("city", "Korçë"), "AL", 20.78, 40.62),
    City("gjirokaster", pgettext_lazy("city", "Gjirokastër"), "AL", 20.14, 40.08),
    City("kukes", pgettext_lazy("city", "Kukës"), "AL", 20.42, 42.08),
    City("podgorica", pgettext_lazy("city", "Podgorica"), "ME", 19.26, 42.44),
    City("niksic", pgettext_lazy("city", "Nikšić"), "ME", 18.94, 42.77),
    City("bar", pgettext_lazy("city", "Bar"), "ME", 19.10, 42.09),
    City("ulcinj", pgettext_lazy("city", "Ulcinj"), "ME", 19.22, 41.93),
    City("budva", pgettext_lazy("city", "Budva"), "ME", 18.84, 42.29),
    City("herceg-novi", pgettext_lazy("city", "Herceg Novi"), "ME", 18.54, 42.45),
    City("cetinje", pgettext_lazy("city", "Cetinje"), "ME", 18.92, 42.39),
    City("berane", pgettext_lazy("city", "Berane"), "ME", 19.87, 42.84),
    City("bijelo-polje", pgettext_lazy("city", "Bijelo Polje"), "ME", 19.75, 43.04),
    City("pljevlja", pgettext_lazy("city", "Pljevlja"), "ME", 19.36, 43.36),
)
CITIES_BY_KEY = {city.key: city for city in CITIES}
CITY_CHOICES = [(city.key, city.name) for city in CITIES]

# The drawing: degrees of longitude shrink by cos(latitude); one scale for both countries.
WEST, EAST, SOUTH, NORTH = 18.3, 21.2, 39.5, 43.7
SCALE = 110  # SVG units per degree of latitude
_LON_FACTOR = math.cos(math.radians((SOUTH + NORTH) / 2))
WIDTH = round((EAST - WEST) * _LON_FACTOR * SCALE)
HEIGHT = round((NORTH - SOUTH) * SCALE)


def project(lon, lat):
    """SVG x, y (origin top left) of a point in degrees."""
    return round((lon - WEST) * _LON_FACTOR * SCALE, 1), round((NORTH - lat) * SCALE, 1)


@cache
def country_paths():
    """{country code: SVG path data} of the shipped outlines."""
    with OUTLINES.open(encoding="utf-8") as file:
        outlines = json.load(file)
    paths = {}
    for code in COUNTRIES:
        points = [project(lon, lat) for lon, lat in outlines[code]]
        paths[code] = "M" + " L".join(f"{x} {y}" for x, y in points) + " Z"
    return paths


def cities_of(country):
    return [city.key for city in CITIES if city.country == country]


def map_dots(counts):
    """A dot per city with members: [(city, count, x, y)], in the cities' order."""
    dots = []
    for city in CITIES:
        if counts.get(city.key):
            x, y = project(city.lon, city.lat)
            dots.append((city, counts[city.key], x, y))
    return dots
