"""The admin speaks the signed-in editor's language for the whole request, not only inside the view.

Wagtail switches to the user's preferred language around each admin view, but what is said
outside it stays in the site's default language: the "Sorry, you do not have permission" message
Wagtail adds when a view refuses (it catches the refusal after leaving the view), and the refusals
of the editorial middlewares that run before the view. A translator then read English there.
"""

from django.utils import translation

from .permissions import is_staff_request


class AdminLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language()
        try:
            return self.get_response(request)
        finally:
            translation.activate(language)  # the editor's language ends with their request

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_staff_request(request) or not request.user.is_authenticated:
            return None
        profile = getattr(request.user, "wagtail_userprofile", None)
        language = profile.get_preferred_language() if profile else None
        if language:
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
        return None
