from django.apps import AppConfig


class ImbalancesConfig(AppConfig):
    name = "imbalances"
    verbose_name = "Causes and red flags"
