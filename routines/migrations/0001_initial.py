"""Routines move out of the stretch library into an app of their own.

Their tables were made by stretches' migrations and hold every site's routines, steps and runs:
this migration only tells Django that the models are now the routines app's, still in those
tables (0003 renames them). Nothing is copied, so nothing can be lost on the way.
"""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

import routines.models


class Migration(migrations.Migration):
    initial = True

    dependencies = [("stretches", "0008_run_started_default")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Routine",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("token", models.CharField(default=routines.models.new_token, editable=False, max_length=43, unique=True)),
                        ("token_hash", models.CharField(blank=True, editable=False, max_length=64, unique=True)),
                        ("owner_hash", models.CharField(blank=True, editable=False, help_text="SHA-256 of the owner's secret.", max_length=64)),
                        ("name", models.CharField(default="My routine", max_length=80)),
                        ("summary", models.CharField(blank=True, max_length=240)),
                        ("slug", models.SlugField(blank=True, help_text="Ready-made routines only.", null=True, unique=True)),
                        ("is_ready_made", models.BooleanField(default=False, help_text="Offered to every visitor on the home page and the builder.", verbose_name="ready-made")),
                        ("created", models.DateTimeField(auto_now_add=True)),
                        ("updated", models.DateTimeField(auto_now=True)),
                        ("copied_from", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="copies", to="routines.routine")),
                    ],
                    options={
                        "db_table": "stretches_routine",
                        "ordering": ["-updated"],
                        "indexes": [models.Index(fields=["is_ready_made", "name"], name="stretches_r_is_read_830864_idx")],
                        "constraints": [
                            models.UniqueConstraint(condition=models.Q(("owner_hash", ""), _negated=True), fields=("owner_hash",), name="one_routine_per_owner"),
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="RoutineRun",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("routine_name", models.CharField(max_length=80)),
                        ("device_hash", models.CharField(db_index=True, editable=False, max_length=64)),
                        ("started", models.DateTimeField(default=django.utils.timezone.now, editable=False)),
                        ("finished", models.DateTimeField(blank=True, null=True)),
                        ("pain_before", models.PositiveSmallIntegerField(blank=True, null=True)),
                        ("pain_after", models.PositiveSmallIntegerField(blank=True, null=True)),
                        ("device_id", models.UUIDField(blank=True, editable=False, null=True, unique=True)),
                        ("routine", models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="runs", to="routines.routine")),
                    ],
                    options={
                        "db_table": "stretches_routinerun",
                        "ordering": ["-started"],
                        "constraints": [
                            models.CheckConstraint(condition=models.Q(("pain_before__isnull", True), ("pain_before__lte", 10), _connector="OR"), name="run_pain_before_0_to_10"),
                            models.CheckConstraint(condition=models.Q(("pain_after__isnull", True), ("pain_after__lte", 10), _connector="OR"), name="run_pain_after_0_to_10"),
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="RoutineStep",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("position", models.PositiveSmallIntegerField()),
                        ("hold_seconds", models.PositiveSmallIntegerField(blank=True, help_text="Leave empty to use the stretch's own hold.", null=True)),
                        ("repetitions", models.PositiveSmallIntegerField(blank=True, help_text="Leave empty to use the stretch's own repetitions.", null=True)),
                        ("sides", models.CharField(choices=[("both", "Left then right"), ("left", "Left side only"), ("right", "Right side only")], default="both", max_length=10)),
                        ("routine", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="steps", to="routines.routine")),
                        ("stretch", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="stretches.stretch")),
                    ],
                    options={
                        "db_table": "stretches_routinestep",
                        "ordering": ["position", "pk"],
                        "constraints": [
                            models.CheckConstraint(condition=models.Q(("hold_seconds__isnull", True), models.Q(("hold_seconds__gte", 5), ("hold_seconds__lte", 120)), _connector="OR"), name="routine_step_hold_in_range"),
                            models.CheckConstraint(condition=models.Q(("repetitions__isnull", True), models.Q(("repetitions__gte", 1), ("repetitions__lte", 20)), _connector="OR"), name="routine_step_repetitions_in_range"),
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
