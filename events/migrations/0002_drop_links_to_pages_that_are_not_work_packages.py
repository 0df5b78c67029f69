"""Before work_package points at home.WorkPackagePage: a link to any other kind of page is dropped
(set empty, as deleting that page would have), so the new foreign key holds; links to work packages stay."""

from django.db import migrations


def drop_links_to_other_pages(apps, schema_editor):
    Model = apps.get_model("events", "EventPage")
    work_packages = apps.get_model("home", "WorkPackagePage").objects.values("pk")
    Model.objects.filter(work_package__isnull=False).exclude(work_package__in=work_packages).update(
        work_package=None
    )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("home", "0005_deliverable_library_resource"),
    ]

    operations = [migrations.RunPython(drop_links_to_other_pages, migrations.RunPython.noop)]
