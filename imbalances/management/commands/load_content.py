from django.core.management.base import BaseCommand
from django.db import transaction

from imbalances.content_loader import load_causes, load_red_flags
from stretches.content_loader import load_stretches


class Command(BaseCommand):
    help = (
        "Load Upright's stretches, causes and red flags from the content files. "
        "Creates what is missing; never changes what is already in the database."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            counts = load_stretches() + load_causes() + load_red_flags()
        # Counter addition drops zero counts; report every kind that the files hold.
        summary = ", ".join(f"{count} {what}" for what, count in sorted(counts.items()))
        self.stdout.write(summary or "Nothing to load.")
