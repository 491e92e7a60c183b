from django.apps import AppConfig


class ImbalancesConfig(AppConfig):
    name = "imbalances"
    verbose_name = "Causes and red flags"
    content_loaders = [
        "imbalances.content_loader.load_causes",
        "imbalances.content_loader.load_red_flags",
    ]

    def ready(self):
        from content.signals import watch
        from imbalances.models import Cause, CauseSource, CorrectiveStretch, RedFlag, RedFlagSource

        watch(Cause, CauseSource, CorrectiveStretch, RedFlag, RedFlagSource)
