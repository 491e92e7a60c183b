from django.db import migrations


class Migration(migrations.Migration):
    """The suggestions now live in routines.Suggestion (copied by routines 0002)."""

    dependencies = [
        ("stretches", "0009_routines_move_to_their_app"),
        ("routines", "0002_suggestion"),
    ]

    operations = [migrations.RemoveField(model_name="bodyarea", name="suggested_routine")]
