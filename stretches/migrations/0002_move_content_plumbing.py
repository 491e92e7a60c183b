"""The content version and the loaded-content ledger moved to the content app: copy the rows
of an existing site across before the old tables go, so no shipped item is loaded twice."""

from django.db import migrations


def copy_to_content_app(apps, schema_editor):
    # Without their ids, so the new tables' id sequences (PostgreSQL) count from the copies.
    for name in ("ContentVersion", "LoadedContent"):
        old, new = apps.get_model("stretches", name), apps.get_model("content", name)
        fields = [field.name for field in old._meta.concrete_fields if not field.primary_key]
        new.objects.bulk_create(
            new(**{field: getattr(row, field) for field in fields}) for row in old.objects.all()
        )


def copy_back(apps, schema_editor):
    for name in ("ContentVersion", "LoadedContent"):
        old, new = apps.get_model("content", name), apps.get_model("stretches", name)
        fields = [field.name for field in old._meta.concrete_fields if not field.primary_key]
        new.objects.bulk_create(
            new(**{field: getattr(row, field) for field in fields}) for row in old.objects.all()
        )


class Migration(migrations.Migration):
    dependencies = [
        ("stretches", "0001_initial"),
        ("content", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(copy_to_content_app, copy_back),
        migrations.DeleteModel(name="ContentVersion"),
        migrations.DeleteModel(name="LoadedContent"),
    ]
