

import content.sources
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('stretches', '0004_kinds_and_reviews'),
    ]

    operations = [
        migrations.AlterField(
            model_name='stretchsource',
            name='url',
            field=models.URLField(max_length=400, validators=[content.sources.validate_source_url]),
        ),
    ]
