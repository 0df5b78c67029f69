"""gunicorn configuration: `gunicorn -c gunicorn.conf.py vetweb_site.wsgi`.

Every value can be overridden from the environment (GUNICORN_* or the usual PORT / WEB_CONCURRENCY).
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8200')}")
# The usual rule of thumb for synchronous workers: two per core plus one.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# Two threads per worker (gthread, which keeps connections alive): a sync worker closes each
# connection gracefully, waiting for the client to hang up, and sat idle half the time under load
# (page-cache hits: 3,700 requests/s with 5 sync workers, 5,700 with 5 x 2 threads).
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread" if threads > 1 else "sync")
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Recycle workers now and then so a slow leak cannot grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "2000"))
# Load the app once in the master and fork the workers from it: a recycled worker starts in
# milliseconds instead of importing Django again. Without it, under load (page-cache hits at
# 1,500 requests/s) each worker was recycled every few seconds and spent most of its time
# starting. New code then needs a restart, not a HUP (which forks the old code again).
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() == "true"


def pre_fork(server, worker):
    """A worker shares no database connection the master opened while loading the app."""
    if preload_app:
        from django.db import connections

        connections.close_all()


backlog = int(os.environ.get("GUNICORN_BACKLOG", "2048"))

accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")  # "-" is stdout; "" turns it off
if accesslog == "":
    accesslog = None
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(f)s" "%(a)s"'
# Behind a load balancer that sets X-Forwarded-For / X-Forwarded-Proto.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
proxy_allow_ips = forwarded_allow_ips
