"""The routine tables take the routines app's names, and their content types (what the admin's
history and editors' permissions point at) move with them, so nothing an editor was given or
did is lost."""

from django.db import migrations

MODELS = ("routine", "routinerun", "routinestep")


def move_content_types(apps, schema_editor, *, source="stretches", target="routines"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        # A site migrated before any page was drawn may not have made them yet.
        if not ContentType.objects.filter(app_label=target, model=model).exists():
            ContentType.objects.filter(app_label=source, model=model).update(app_label=target)


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, source="routines", target="stretches")


class Migration(migrations.Migration):
    dependencies = [
        ("routines", "0002_suggestion"),
        ("stretches", "0010_remove_bodyarea_suggested_routine"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="routine", table=None),
        migrations.AlterModelTable(name="routinerun", table=None),
        migrations.AlterModelTable(name="routinestep", table=None),
        migrations.RenameIndex(
            model_name="routine",
            new_name="routine_ready_made_name",
            old_name="stretches_r_is_read_830864_idx",
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
