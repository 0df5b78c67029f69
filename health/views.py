"""Health and readiness checks for uptime monitors and load balancers (/healthz, /readyz)."""

import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_safe

from scheduling.models import is_running, last_run


def _database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return False
    return True


def _cache_ok():
    """Write, read and delete a key: with Redis this proves the shared cache answers."""
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", 10)
        ok = cache.get(key) == "ok"
        cache.delete(key)
    except Exception:  # noqa: BLE001 - any backend's failure is "unreachable", never a 500
        return False
    return ok


_migrations_applied = False


def _migrations_ok():
    """True when no migration is waiting; remembered once true (a deploy restarts the workers)."""
    global _migrations_applied
    if _migrations_applied:
        return True
    try:
        executor = MigrationExecutor(connection)
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError:
        return False
    _migrations_applied = not plan
    return _migrations_applied


def _scheduler_state():
    """`ok` when publish_scheduled ran within SCHEDULER_STALE_AFTER seconds, else `not running`
    (with when it last ran): scheduled pages would then never go live or expire."""
    try:
        if is_running():
            return "ok"
        when = last_run()
    except DatabaseError:
        return "unknown"
    return f"not running (last run: {when.isoformat() if when else 'never'})"


def _report(checks, **reported):
    """503 when a check fails; `reported` states are shown but leave this server serving."""
    healthy = all(value == "ok" for value in checks.values())
    response = JsonResponse(
        {"status": "ok" if healthy else "error", **checks, **reported}, status=200 if healthy else 503
    )
    add_never_cache_headers(response)
    return response


@require_safe
def healthz(request):
    """200 when the database and the cache answer, 503 otherwise: for uptime checks."""
    return _report(
        {
            "database": "ok" if _database_ok() else "unreachable",
            "cache": "ok" if _cache_ok() else "unreachable",
        }
    )


@require_safe
def readyz(request):
    """200 when this app server can take traffic: database, cache and every migration applied.

    A load balancer sends visitors only to servers that answer 200 here. It also reports the
    scheduler ("scheduler": "ok" or "not running (last run: ...)") for a monitor to alert on:
    a stopped scheduler is no reason to take every app server out of the load balancer.
    """
    database = _database_ok()
    checks = {
        "database": "ok" if database else "unreachable",
        "cache": "ok" if _cache_ok() else "unreachable",
        "migrations": ("ok" if _migrations_ok() else "pending") if database else "unknown",
    }
    return _report(checks, scheduler=_scheduler_state() if database else "unknown")
