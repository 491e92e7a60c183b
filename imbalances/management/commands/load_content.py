from django.core.management.base import BaseCommand
from django.db import connection, transaction

from imbalances.content_loader import load_causes, load_red_flags
from stretches.content_loader import Ledger, load_routines, load_stretches

# Any constant works: it only has to be the same for every app server starting at once.
LOAD_LOCK = 0x5570_7269


class Command(BaseCommand):
    help = (
        "Load Upright's shipped stretches, routines, causes and red flags. Each item is "
        "created once; after that it belongs to the editors and is never changed or restored."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            if connection.vendor == "postgresql":
                # Several app servers may start together; let one load while the others wait.
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOAD_LOCK])
            ledger = Ledger()
            load_stretches(ledger)
            load_routines(ledger)
            load_causes(ledger)
            load_red_flags(ledger)
        summary = ", ".join(f"{count} {what}" for what, count in sorted(ledger.counts.items()))
        self.stdout.write(summary or "Nothing to load.")
