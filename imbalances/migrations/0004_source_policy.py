

import content.sources
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('imbalances', '0003_red_flag_tiers_and_reviews'),
    ]

    operations = [
        migrations.AlterField(
            model_name='causesource',
            name='url',
            field=models.URLField(max_length=400, validators=[content.sources.validate_source_url]),
        ),
        migrations.AlterField(
            model_name='redflagsource',
            name='url',
            field=models.URLField(max_length=400, validators=[content.sources.validate_source_url]),
        ),
    ]
