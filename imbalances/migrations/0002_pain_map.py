

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('imbalances', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='cause',
            name='pain_map',
            field=models.JSONField(blank=True, default=dict, help_text='Trigger points only: the body map of the point and where its pain spreads, as data (see imbalances/content/trigger_point_maps.toml for the fields). The shading must say what the referred-pain text says.', verbose_name='trigger point map'),
        ),
    ]
