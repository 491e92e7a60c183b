"""Which ready-made routine the home page offers for each body area moves from the library's
BodyArea to a Suggestion of the routines app, so the library never points at routines. Each
site's choices are copied across before the old column goes (stretches 0010)."""

import django.db.models.deletion
from django.db import migrations, models


def copy_suggestions(apps, schema_editor):
    BodyArea = apps.get_model("stretches", "BodyArea")
    Suggestion = apps.get_model("routines", "Suggestion")
    Suggestion.objects.bulk_create(
        Suggestion(area_id=area.pk, routine_id=area.suggested_routine_id)
        for area in BodyArea.objects.exclude(suggested_routine=None)
    )


def copy_back(apps, schema_editor):
    BodyArea = apps.get_model("stretches", "BodyArea")
    for suggestion in apps.get_model("routines", "Suggestion").objects.all():
        BodyArea.objects.filter(pk=suggestion.area_id).update(
            suggested_routine_id=suggestion.routine_id
        )


class Migration(migrations.Migration):
    dependencies = [
        ("routines", "0001_initial"),
        ("stretches", "0009_routines_move_to_their_app"),
    ]

    operations = [
        migrations.CreateModel(
            name="Suggestion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("area", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name="suggestion", to="stretches.bodyarea")),
                ("routine", models.ForeignKey(limit_choices_to={"is_ready_made": True}, on_delete=django.db.models.deletion.CASCADE, related_name="suggestions", to="routines.routine")),
            ],
            options={"ordering": ["area"]},
        ),
        migrations.RunPython(copy_suggestions, copy_back),
    ]
