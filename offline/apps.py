from django.apps import AppConfig


class OfflineConfig(AppConfig):
    """Upright as an installable app that works without a connection: the manifest, the
    service worker and the page it shows for a page never kept."""

    name = "offline"
    verbose_name = "Offline and installable"
