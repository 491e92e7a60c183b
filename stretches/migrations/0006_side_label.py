

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('stretches', '0005_source_policy'),
    ]

    operations = [
        migrations.AddField(
            model_name='stretch',
            name='side_label',
            field=models.CharField(blank=True, help_text='Per-side stretches: the first side as the steps name it, e.g. “Right ear toward your right shoulder: stretching the left side of your neck”. The other side is the same with left and right swapped.', max_length=160, verbose_name="first side, in the steps' words"),
        ),
    ]
