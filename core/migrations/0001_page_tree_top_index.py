"""An index of each language's home page and sections (Wagtail's pages of depth 3 or less), for
core/page_routing.py.

Every page's route reads its language's home page and sections (depth 2 and 3) with the pages its
path names. Without this index the database found them by reading every page of the language,
which grew with the content (1.2 ms at 1,000 items per model, about ten times that at 10,000);
with it each part of the query is found through an index of its own (0.2 ms at any size). It
holds only the top of the tree (the query says `depth <= 3` to use it), so the listings' plans,
which read deeper pages, stay as they were.
"""

from django.db import migrations

INDEX = "core_page_top"


def make_index(apps, schema_editor):
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (locale_id, depth) WHERE depth <= 3")


def drop_index(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailcore", "0094_alter_page_locale")]

    operations = [migrations.RunPython(make_index, drop_index)]
