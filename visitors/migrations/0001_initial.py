"""The daily visitor hashes, formerly the `ops` app's table (ops_dailyvisitor).

A database made before the move already has the table: it is renamed, its rows, constraint and
permissions kept. A new database gets the table created. Either way the state is the same model.
"""

from django.db import migrations, models

OLD_TABLE = "ops_dailyvisitor"


def create_or_adopt(apps, schema_editor):
    model = apps.get_model("visitors", "DailyVisitor")
    if OLD_TABLE in schema_editor.connection.introspection.table_names():
        schema_editor.alter_db_table(model, OLD_TABLE, model._meta.db_table)
        content_type = apps.get_model("contenttypes", "ContentType")
        content_type.objects.filter(app_label="ops", model="dailyvisitor").update(app_label="visitors")
    else:
        schema_editor.create_model(model)


def drop(apps, schema_editor):
    schema_editor.delete_model(apps.get_model("visitors", "DailyVisitor"))


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='DailyVisitor',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('date', models.DateField(verbose_name='date')),
                        ('digest', models.CharField(max_length=64, verbose_name='visitor hash')),
                    ],
                    options={
                        'verbose_name': 'counted visitor',
                        'verbose_name_plural': 'counted visitors',
                        'constraints': [models.UniqueConstraint(fields=('date', 'digest'), name='one_count_per_visitor_day')],
                    },
                ),
            ],
        ),
        migrations.RunPython(create_or_adopt, drop),
    ]
