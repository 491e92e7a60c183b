from django.db import migrations


class Migration(migrations.Migration):
    """The content version is a token in the page cache now (sitewide/caching.py): it only ever
    named the stored pages, which a new token retires as well as a new number did."""

    dependencies = [
        ("content", "0004_translation_choices"),
        # which copied the old version row into the table this removes
        ("stretches", "0002_move_content_plumbing"),
    ]

    operations = [migrations.DeleteModel(name="ContentVersion")]
