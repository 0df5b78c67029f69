"""Create the editorial groups. Their permissions and the approval workflow are granted by
editorial.setup.ensure_editorial_setup after every migrate (permissions exist only from then on)."""

from django.conf import settings
from django.db import migrations

GROUPS = ["Communication officers", "Coordinators"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    translators = [
        f"Translators ({code})" for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE
    ]
    for name in GROUPS + translators:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_site_languages"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
