"""The translations editors stored for a later release (content.Translation, one row per field
and language) move into the columns the pages read (`name_es`), and the table goes."""

from django.db import migrations

TRANSLATED = {
    ("stretches", "stretch"): {"name", "summary", "side_label", "tips", "mistakes", "cautions", "stop_if"},
    ("imbalances", "cause"): {
        "name", "summary", "explanation", "symptoms", "trigger_site", "referral",
        "strengthening", "see_a_professional", "picker_label",
    },
    ("imbalances", "redflag"): {"title", "detail"},
}  # fmt: skip


def column(field: str, language: str) -> str:
    return f"{field}_{language.replace('-', '_')}"


def rows_into_columns(apps, schema_editor):
    Translation = apps.get_model("content", "Translation")
    for row in Translation.objects.select_related("content_type"):
        kind = (row.content_type.app_label, row.content_type.model)
        if row.field not in TRANSLATED.get(kind, ()):
            continue  # never a field a page shows (the admin refused such rows)
        model = apps.get_model(*kind)
        model.objects.filter(pk=row.object_id).update(**{column(row.field, row.language): row.text})


def columns_into_rows(apps, schema_editor):
    Translation = apps.get_model("content", "Translation")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for (app_label, model_name), fields in TRANSLATED.items():
        model = apps.get_model(app_label, model_name)
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
        for item in model.objects.all():
            for field in fields:
                if text := getattr(item, column(field, "es")):
                    Translation.objects.create(
                        content_type=content_type,
                        object_id=item.pk,
                        field=field,
                        language="es",
                        text=text,
                    )


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0005_remove_content_version"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("stretches", "0012_english_in_its_own_column"),
        ("imbalances", "0006_english_in_its_own_column"),
    ]

    operations = [
        migrations.RunPython(rows_into_columns, columns_into_rows),
        migrations.DeleteModel(name="Translation"),
    ]
