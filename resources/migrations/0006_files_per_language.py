"""The file languages of each library entry become what is attached: one ResourceFile (document or
link) per language, instead of a typed `file_languages` list beside one document and one link.

Each group of translations keeps its files: the source entry's document (else its link) becomes the
file of the source language, or of the language `file_languages` named when it named exactly one;
a translation's own document (one that differs from the source's) becomes the file of its
language. Every translation gets the same set, as wagtail-localize's sync would copy it. When an
entry had both a document and a link, the document wins (the download never offered the link).
"""

from collections import defaultdict

import django.db.models.deletion
import modelcluster.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0005_toolkit_packs"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]


def _decoded(value):
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return [item for item in (value or "").split("|") if item]


def _files_of(rows, codes):
    """{language: {"document_id" | "url": ...}} for one group of translations."""
    known = {code for code, _name in settings.LANGUAGES}
    source = next((row for row in rows if codes[row["locale_id"]] == settings.LANGUAGE_CODE), rows[0])
    declared = [code for code in _decoded(source["file_languages"]) if code in known]
    source_language = declared[0] if len(declared) == 1 else codes[source["locale_id"]]
    files = {}
    if source["document_id"]:
        files[source_language] = {"document_id": source["document_id"]}
    elif source["external_url"]:
        files[source_language] = {"url": source["external_url"]}
    for row in rows:
        language = codes[row["locale_id"]]
        if row is source or language in files:
            continue
        if row["document_id"] and row["document_id"] != source["document_id"]:
            files[language] = {"document_id": row["document_id"]}
        elif not row["document_id"] and row["external_url"] and row["external_url"] != source["external_url"]:
            files[language] = {"url": row["external_url"]}
    return files


def attach_files(apps, schema_editor):
    Resource = apps.get_model("resources", "Resource")
    ResourceFile = apps.get_model("resources", "ResourceFile")
    Locale = apps.get_model("wagtailcore", "Locale")
    codes = dict(Locale.objects.values_list("pk", "language_code"))
    order = [code for code, _name in settings.LANGUAGES]
    groups = defaultdict(list)
    fields = ("pk", "translation_key", "locale_id", "document_id", "external_url", "file_languages")
    for row in Resource.objects.order_by("pk").values(*fields):
        groups[row["translation_key"]].append(row)
    created = []
    for rows in groups.values():
        files = _files_of(rows, codes)
        ranked = sorted(files, key=lambda code: order.index(code) if code in order else len(order))
        for row in rows:
            created.extend(
                ResourceFile(resource_id=row["pk"], language=code, sort_order=number, **files[code])
                for number, code in enumerate(ranked)
            )
    ResourceFile.objects.bulk_create(created, batch_size=500)


def detach_files(apps, schema_editor):
    """Back to one document or link, the source language's file (else the first), and the list."""
    Resource = apps.get_model("resources", "Resource")
    ResourceFile = apps.get_model("resources", "ResourceFile")
    files = defaultdict(list)
    for item in ResourceFile.objects.order_by("sort_order", "pk"):
        files[item.resource_id].append(item)
    for resource in Resource.objects.filter(pk__in=list(files)):
        attached = files[resource.pk]
        main = next((item for item in attached if item.language == settings.LANGUAGE_CODE), attached[0])
        resource.document_id, resource.external_url = main.document_id, main.url
        resource.file_languages = [item.language for item in attached]
        resource.save(update_fields=["document", "external_url", "file_languages"])


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0005_toolkit_packs"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.CreateModel(
            name="ResourceFile",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "language",
                    models.CharField(
                        choices=[
                            ("en", "English"),
                            ("sq", "Albanian"),
                            ("cnr", "Montenegrin"),
                            ("it", "Italian"),
                        ],
                        max_length=10,
                        verbose_name="language of the file",
                    ),
                ),
                ("url", models.URLField(blank=True, max_length=500, verbose_name="or a link to it")),
                (
                    "document",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="wagtaildocs.document",
                        verbose_name="document",
                    ),
                ),
                (
                    "resource",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="files",
                        to="resources.resource",
                    ),
                ),
            ],
            options={
                "verbose_name": "file",
                "verbose_name_plural": "files",
                "ordering": ["sort_order"],
                "abstract": False,
                "constraints": [
                    models.UniqueConstraint(fields=("resource", "language"), name="one_file_per_language")
                ],
            },
        ),
        migrations.RunPython(attach_files, detach_files),
        migrations.RemoveField(
            model_name="resource",
            name="document",
        ),
        migrations.RemoveField(
            model_name="resource",
            name="external_url",
        ),
        migrations.RemoveField(
            model_name="resource",
            name="file_languages",
        ),
    ]
