"""The routine models are now the routines app's (see routines/migrations/0001_initial.py): the
library forgets them, and a body area's suggested routine points there. No table changes."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("stretches", "0008_run_started_default"),
        ("routines", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="bodyarea",
                    name="suggested_routine",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="The ready-made routine offered to people who hurt here.",
                        limit_choices_to={"is_ready_made": True},
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="routines.routine",
                    ),
                ),
                migrations.DeleteModel(name="RoutineRun"),
                migrations.DeleteModel(name="RoutineStep"),
                migrations.DeleteModel(name="Routine"),
            ],
            database_operations=[],
        ),
    ]
