from django.apps import AppConfig


class StretchesConfig(AppConfig):
    name = "stretches"
    verbose_name = "Stretch library"

    def ready(self):
        from stretches import signals

        signals.connect()
