import content.models
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("stretches", "0003_figure")]

    operations = [
        migrations.AddField(
            model_name="stretch",
            name="kind",
            field=models.CharField(
                choices=[
                    ("hold", "A hold: ease into a position and stay there"),
                    ("movement", "A movement: repetitions at an easy pace"),
                ],
                default="hold",
                max_length=20,
            ),
        ),
        migrations.AddField(
            model_name="stretch",
            name="is_strengthening",
            field=models.BooleanField(
                default=False,
                help_text="A strengthening move rather than a stretch; it goes in routines the same way.",
                verbose_name="strengthening",
            ),
        ),
        migrations.AddField(
            model_name="stretch",
            name="rep_seconds",
            field=models.PositiveSmallIntegerField(
                blank=True,
                null=True,
                help_text="Movements only: one easy repetition (2–10 s).",
                verbose_name="seconds per repetition",
            ),
        ),
        migrations.AddField(
            model_name="stretch",
            name="reviewed_by",
            field=models.CharField(
                default="Upright content team",
                help_text="The role that checked it, e.g. “Upright content team, checked against NHS guidance”.",
                max_length=120,
                verbose_name="reviewed by",
            ),
        ),
        migrations.AddField(
            model_name="stretch",
            name="review_due",
            field=models.DateField(
                default=content.models.a_year_from_now,
                help_text="When it should be checked again.",
                verbose_name="next review due",
            ),
        ),
        migrations.AddConstraint(
            model_name="stretch",
            constraint=models.CheckConstraint(
                condition=models.Q(("kind", "hold"), models.Q(("rep_seconds__gte", 2), ("rep_seconds__lte", 10)), _connector="OR"),
                name="stretch_movement_has_a_pace",
                violation_error_message="A movement needs 2 to 10 seconds per repetition.",
            ),
        ),
    ]
