"""Each translated field's English moves into its English column (`name_en_gb`), which the
pages read from now on. The original column keeps its value too."""

from django.db import migrations
from django.db.models import F

FIELDS = {
    "BodyArea": ("name", "question", "description"),
    "Muscle": ("name", "action"),
    "Stretch": ("name", "summary", "side_label", "tips", "mistakes", "cautions", "stop_if"),
    "StretchStep": ("text",),
}


def copy_english(apps, schema_editor):
    for model_name, fields in FIELDS.items():
        model = apps.get_model("stretches", model_name)
        model.objects.update(**{f"{field}_en_gb": F(field) for field in fields})


class Migration(migrations.Migration):
    dependencies = [("stretches", "0011_fields_in_each_language")]

    operations = [migrations.RunPython(copy_english, migrations.RunPython.noop)]
