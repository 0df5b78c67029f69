"""A model field for several choices, stored as "|a|b|".

One `contains "|a|"` filter selects a value and one conditional Count per value counts a facet, on
SQLite and PostgreSQL alike, without a join table per vocabulary (JSON lookups differ per database).
"""

from django import forms
from django.db import models

SEPARATOR = "|"


def encode(values):
    values = [str(value) for value in values if str(value)]
    return f"{SEPARATOR}{SEPARATOR.join(values)}{SEPARATOR}" if values else ""


def decode(stored):
    return [value for value in (stored or "").split(SEPARATOR) if value]


class ChoiceListField(models.CharField):
    """A list of keys from a fixed `options` list; Python sees a list, the database a "|a|b|" string."""

    def __init__(self, *args, options=(), **kwargs):
        self.options = list(options)
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return decode(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return [str(item) for item in value]
        return decode(value)

    def get_prep_value(self, value):
        if isinstance(value, list | tuple):
            return encode(value)
        return super().get_prep_value(value)

    def value_to_string(self, obj):
        return encode(self.value_from_object(obj) or [])

    def validate(self, value, model_instance):
        allowed = {key for key, _label in self.options}
        unknown = [item for item in value or [] if item not in allowed]
        if unknown:
            raise forms.ValidationError(f"Unknown values: {', '.join(unknown)}")
        if not value and not self.blank:
            raise forms.ValidationError(self.error_messages["blank"])

    def run_validators(self, value):
        return super().run_validators(encode(value or []))

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.options,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def has_default(self):
        return True

    def get_default(self):
        return []
