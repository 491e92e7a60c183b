

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('stretches', '0002_move_content_plumbing'),
    ]

    operations = [
        migrations.AddField(
            model_name='stretch',
            name='figure',
            field=models.JSONField(blank=True, default=dict, help_text='The picture of the move, as pose data (see stretches/content/figures.toml for the fields). Checked on save: a joint outside its normal range is refused.'),
        ),
    ]
