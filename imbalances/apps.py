from django.apps import AppConfig


class ImbalancesConfig(AppConfig):
    name = "imbalances"
    verbose_name = "Causes and red flags"

    def ready(self):
        from imbalances.models import Cause, CauseSource, CorrectiveStretch, RedFlag, RedFlagSource
        from stretches.signals import watch

        watch(Cause, CauseSource, CorrectiveStretch, RedFlag, RedFlagSource)
