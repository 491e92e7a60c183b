"""Each translated field's English moves into its English column (see stretches 0012)."""

from django.db import migrations
from django.db.models import F

FIELDS = {
    "Cause": (
        "name",
        "summary",
        "explanation",
        "symptoms",
        "trigger_site",
        "referral",
        "strengthening",
        "see_a_professional",
        "picker_label",
    ),
    "CorrectiveStretch": ("why",),
    "RedFlag": ("title", "detail"),
}


def copy_english(apps, schema_editor):
    for model_name, fields in FIELDS.items():
        model = apps.get_model("imbalances", model_name)
        model.objects.update(**{f"{field}_en_gb": F(field) for field in fields})


class Migration(migrations.Migration):
    dependencies = [("imbalances", "0005_fields_in_each_language")]

    operations = [migrations.RunPython(copy_english, migrations.RunPython.noop)]
