"""Red flags move to the NHS's three tiers (999 or A&E now; urgent GP or NHS 111 the same day;
GP or physiotherapist if not better in a few weeks) beside the stop-the-stretch cues, and every
cause and red flag records who reviewed it and when it is due again.

A red flag of the old "see a doctor promptly" tier becomes urgent until the corrected shipped
list replaces it (load_content): the cautious reading, where a sign might be serious."""

import datetime

import content.models
import django.utils.timezone
from django.db import migrations, models

REVIEW_FIELDS = [
    (
        "reviewed_by",
        models.CharField(
            default="Upright content team",
            help_text="The role that checked it, e.g. “Upright content team, checked against NHS guidance”.",
            max_length=120,
            verbose_name="reviewed by",
        ),
    ),
    (
        "review_due",
        models.DateField(
            default=content.models.a_year_from_now,
            help_text="When it should be checked again.",
            verbose_name="next review due",
        ),
    ),
]


def prompt_to_urgent(apps, schema_editor):
    apps.get_model("imbalances", "RedFlag").objects.filter(tier="prompt").update(tier="urgent")


def urgent_to_prompt(apps, schema_editor):
    apps.get_model("imbalances", "RedFlag").objects.filter(tier__in=["urgent", "soon"]).update(
        tier="prompt"
    )


class Migration(migrations.Migration):
    dependencies = [("imbalances", "0002_pain_map")]

    operations = [
        *(
            migrations.AddField(model_name=model, name=name, field=field)
            for model in ("cause", "redflag")
            for name, field in REVIEW_FIELDS
        ),
        migrations.AddField(
            model_name="redflag",
            name="created",
            field=models.DateTimeField(auto_now_add=True, default=django.utils.timezone.now),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="redflag",
            name="reviewed",
            field=models.DateField(
                default=datetime.date(2026, 11, 25),
                help_text="When the text was last checked against its sources.",
            ),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="redflag",
            name="tier",
            field=models.CharField(
                choices=[
                    ("emergency", "Call 999 or go to A&E now"),
                    ("urgent", "Get an urgent GP appointment or call NHS 111 today"),
                    ("soon", "See a GP or physiotherapist if it is not better in a few weeks"),
                    ("stop", "While you stretch: stop straight away"),
                ],
                max_length=20,
            ),
        ),
        migrations.RunPython(prompt_to_urgent, urgent_to_prompt),
    ]
