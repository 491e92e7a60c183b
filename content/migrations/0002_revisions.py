from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("content", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="loadedcontent",
            name="revision",
            field=models.PositiveSmallIntegerField(
                default=1, help_text="The shipped revision of the item now in the database."
            ),
        ),
        migrations.AddField(
            model_name="loadedcontent",
            name="held_revision",
            field=models.PositiveSmallIntegerField(
                blank=True,
                null=True,
                help_text="A newer shipped revision not applied because an editor had changed the item.",
            ),
        ),
    ]
