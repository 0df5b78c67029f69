"""Values remembered for the length of one request, never longer.

Several parts of a page ask the same question (the active locale, the private sections, the
language's section pages): each is answered once per request and forgotten with it, so nothing
here can be stale. Outside a request (a command, a shell, a task) nothing is remembered.
"""

import contextvars

_memo = contextvars.ContextVar("request_memo", default=None)


def remembered(key, compute):
    """`compute()`, once per request for `key` (a hashable naming the question and its inputs)."""
    store = _memo.get()
    if store is None:
        return compute()
    if key not in store:
        store[key] = compute()
    return store[key]


class RequestMemoMiddleware:
    """Give each request its own empty memo (the response is rendered inside it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
