from django.apps import AppConfig


class ImbalancesConfig(AppConfig):
    name = "imbalances"
    verbose_name = "Causes and red flags"
    # Read by the content app: what load_content runs, and whose changes retire cached pages.
    content_loaders = [
        "imbalances.content_loader.load_causes",
        "imbalances.content_loader.load_red_flags",
    ]
    content_models = ["Cause", "CauseSource", "CorrectiveStretch", "RedFlag", "RedFlagSource"]
