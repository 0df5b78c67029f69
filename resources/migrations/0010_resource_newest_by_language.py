from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("resources", "0009_resource_language_index")]

    operations = [
        migrations.AddIndex(
            model_name="resource",
            index=models.Index(fields=["locale", "created_at"], name="resources_newest_by_language"),
        ),
    ]
