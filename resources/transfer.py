"""How long a file takes to arrive on the connections our trainers have, said next to its size.

The reference speeds are WebPageTest's connectivity profiles (catchpoint/WebPageTest,
www/settings/connectivity.ini.sample): "3G Slow" 400 Kbps down with 400 ms round trips, and
"4G" 9 Mbps down with 170 ms round trips. A rural training centre on mobile data sees the first.
"""

import math

from django.utils.translation import gettext

# (bits per second down, round-trip seconds) of each reference connection.
REFERENCE_SPEEDS = {
    "slow_3g": (400_000, 0.4),
    "4g": (9_000_000, 0.17),
}
# Round trips before the first byte of a file: DNS, TCP, TLS and the request (and our redirect).
ROUND_TRIPS = 4


def seconds_to_download(size, connection):
    """Estimated whole seconds to fetch `size` bytes on a reference connection (at least 1)."""
    bits_per_second, round_trip = REFERENCE_SPEEDS[connection]
    return max(1, math.ceil(size * 8 / bits_per_second + ROUND_TRIPS * round_trip))


def duration(seconds):
    """ "40 s", "3 min" in the visitor's language."""
    if seconds < 90:
        return gettext("%(seconds)d s") % {"seconds": seconds}
    return gettext("%(minutes)d min") % {"minutes": round(seconds / 60)}


def download_estimate(size):
    """ "about 40 s on slow 3G, 3 s on 4G" for a file of `size` bytes ('' when unknown)."""
    try:
        size = int(size)
    except (TypeError, ValueError):
        return ""
    if size <= 0:
        return ""
    return gettext("about %(slow)s on slow 3G, %(fast)s on 4G") % {
        "slow": duration(seconds_to_download(size, "slow_3g")),
        "fast": duration(seconds_to_download(size, "4g")),
    }
