"""Counting visitors for the funder's statistics without storing anything about them.

A request counts only when a person plausibly made it: a GET (not HEAD), not a browser's
prefetch (`Sec-Purpose: prefetch`, `Purpose: prefetch`) and not a known bot or script by its
user agent. The same visitor counts once per day per thing counted: the visitor is a SHA-256 of
a daily salt, address and user agent, kept in the database (visitors.DailyVisitor) only for that day.
The salt is random, lives only in the cache and is replaced each day, so a stored hash cannot be
linked to an address even by someone who reads the database and the code.
"""

import hashlib
import re
import secrets

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone

from throttling.client import client_address

from .models import DailyVisitor

BOT_AGENTS = re.compile(
    r"bot|crawl|spider|slurp|scrapy|curl|wget|python|httpx|go-http|java/|libwww|okhttp|"
    r"headless|lighthouse|pingdom|uptime|monitor|facebookexternalhit|preview|feed|fetch",
    re.IGNORECASE,
)
_fallback_salts = {}


def is_countable(request, method="GET"):
    """True for a person's GET (or `method`): not HEAD, not a prefetch, not a known bot, script or
    monitor by its user agent."""
    if request.method != method:
        return False
    meta = request.META
    purpose = (
        f"{meta.get('HTTP_SEC_PURPOSE', '')} {meta.get('HTTP_PURPOSE', '')} {meta.get('HTTP_X_MOZ', '')}"
    )
    if "prefetch" in purpose.lower():
        return False
    agent = meta.get("HTTP_USER_AGENT", "")
    return not BOT_AGENTS.search(agent)


def _salt(day):
    """Today's random salt, shared by the app servers through the cache; a new one each day."""
    key = f"visitor-salt:{day.isoformat()}"
    if cache.add(key, secrets.token_hex(32), 60 * 60 * 26):
        DailyVisitor.objects.filter(date__lt=day).delete()  # yesterday's hashes are useless now
    salt = cache.get(key)
    if salt is None:  # the cache is down: a salt of this process, still never stored
        salt = _fallback_salts.setdefault(day, secrets.token_hex(32))
    return salt


def visitor_digest(request, scope, day):
    agent = request.META.get("HTTP_USER_AGENT", "")
    raw = "\0".join([_salt(day), client_address(request), agent, scope])
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def first_visit_today(request, scope):
    """True the first time today that this visitor asks for `scope` (e.g. "download:42")."""
    day = timezone.localdate()
    try:
        with transaction.atomic():
            DailyVisitor.objects.create(date=day, digest=visitor_digest(request, scope, day))
    except IntegrityError:
        return False
    return True


def counts_once_today(request, scope):
    """Whether this request adds to a daily figure: a person's GET, the first of the day."""
    return is_countable(request) and first_visit_today(request, scope)
