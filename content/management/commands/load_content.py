from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils.module_loading import import_string
from django.utils.translation import override

from content.loader import Ledger

# Any constant works: it only has to be the same for every app server starting at once.
LOAD_LOCK = 0x5570_7269


def loaders():
    """Each app names its loaders (`content_loaders` on its AppConfig), run in INSTALLED_APPS
    order, so a cause can link to the stretches loaded before it."""
    for config in apps.get_app_configs():
        yield from (import_string(path) for path in getattr(config, "content_loaders", ()))


class Command(BaseCommand):
    help = (
        "Load Upright's shipped stretches, routines, causes and red flags. Each item is "
        "created once; after that it belongs to the editors and is never changed or restored."
    )

    def handle(self, *args, **options):
        # The shipped files are English: each translated field is written to its English column
        # whichever language happens to be active.
        with override(settings.LANGUAGE_CODE), transaction.atomic():
            if connection.vendor == "postgresql":
                # Several app servers may start together; let one load while the others wait.
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOAD_LOCK])
            ledger = Ledger()
            for load in loaders():
                load(ledger)
        counts = sorted((what, count) for what, count in ledger.counts.items() if count)
        summary = ", ".join(f"{count} {what}" for what, count in counts)
        if options["verbosity"]:
            self.stdout.write(summary or "Nothing to load.")
