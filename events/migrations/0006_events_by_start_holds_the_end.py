from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("events", "0005_eventpage_events_by_start")]

    operations = [
        migrations.RemoveIndex(model_name="eventpage", name="events_by_start"),
        migrations.AddIndex(
            model_name="eventpage",
            index=models.Index(fields=["start", "page_ptr", "end"], name="events_by_start"),
        ),
    ]
