"""The visitor's address, as the site's own edge sees it.

Behind a load balancer REMOTE_ADDR is the proxy's address for every visitor. With
TRUSTED_PROXY_COUNT = n (the number of proxies in front of the app servers that append to
X-Forwarded-For), the address is the n-th entry from the right: the one the outermost trusted
proxy saw. Entries further left are written by the client and never trusted. With 0 (the
default) the header is ignored, so nobody can pick their own address by sending it.
"""

from django.conf import settings


def client_address(request):
    """The address of the visitor who sent this request ('' when unknown)."""
    if request is None:
        return ""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < proxies:
        return remote  # not through all the proxies: take what the socket says
    return forwarded[-proxies]
