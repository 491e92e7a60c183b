from django.core.management.base import BaseCommand

from sitewide.caching import content_changed


class Command(BaseCommand):
    help = (
        "Retire every stored public page, so the next visitor to each gets one drawn by the "
        "code now running. bin/start runs it before serving: a restart may bring new templates."
    )

    def handle(self, *args, **options):
        content_changed()
        self.stdout.write("Stored pages retired.")
