"""What every public demand form checks before counting: a person, from this site, not too often.

The forms carry no CSRF token: a token sets a cookie, and a page that sets a cookie cannot be
kept in the page cache (caching/pages.py), so every library entry would be rendered afresh.
Instead a POST must come from the site's own pages (its Origin, or failing that its Referer,
names this host or a CSRF_TRUSTED_ORIGINS entry): the protection Django's CSRF check also
applies, without the cookie. The counts are once per visitor and day anyway (visitors.counting).
"""

from urllib.parse import urlsplit

from django.conf import settings

from throttling.rate_limit import take_a_turn
from visitors.counting import first_visit_today, is_countable

POSTS_PER_HOUR = 10
DAY = 24 * 60 * 60


def from_this_site(request):
    """True when the POST was sent by a page of this site (Origin, else Referer): this scheme and
    host exactly (an http:// page cannot post for the https:// site), or a trusted origin."""
    source = request.META.get("HTTP_ORIGIN") or request.META.get("HTTP_REFERER") or ""
    parts = urlsplit(source)
    if not parts.scheme or not parts.netloc:
        return False
    origin = f"{parts.scheme}://{parts.netloc}"
    if origin == f"{request.scheme}://{request.get_host()}":
        return True
    return origin in getattr(settings, "CSRF_TRUSTED_ORIGINS", [])


def is_person(request):
    """A POST from a browser: not HEAD or GET, not a prefetch, not a known bot or script."""
    return is_countable(request, method="POST")


def first_today_from_this_address(request, scope):
    """True the first time today this visitor asks for `scope`, and the first time from this
    address: a new user agent is not a new visitor, so one address cannot inflate a public count
    by changing browsers (the daily visitor of visitors.counting includes the user agent)."""
    first_by_address = take_a_turn(request, f"demand-once:{scope}", 1, DAY)
    return first_visit_today(request, scope) and first_by_address


def within_rate(request, scope):
    """At most DEMAND_POSTS_PER_HOUR posts per address and form each hour (throttling/rate_limit.py)."""
    limit = getattr(settings, "DEMAND_POSTS_PER_HOUR", POSTS_PER_HOUR)
    return take_a_turn(request, f"demand:{scope}", limit, 60 * 60)
