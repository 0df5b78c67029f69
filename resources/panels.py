"""Admin panels of the library's edit screens."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

from core.locales import translated_language_name


class FileLanguagesPanel(Panel):
    """Per site language, the file attached to the entry (document or link) or that it is missing."""

    def __init__(self, **kwargs):
        kwargs["heading"] = kwargs.get("heading") or _("Languages of the file")
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "file_languages"

    class BoundPanel(Panel.BoundPanel):
        template_name = "resources/admin/file_languages_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            files = {item.language: item for item in self.instance.files.all()} if self.instance else {}
            context["languages"] = [
                (code, translated_language_name(code), files.get(code)) for code, _name in settings.LANGUAGES
            ]
            return context
