from django.apps import AppConfig, apps


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = "Reviewed content"

    def ready(self):
        from content.signals import watch

        # Each app names the models whose changes show on shared pages (`content_models`).
        for config in apps.get_app_configs():
            watch(*(config.get_model(name) for name in getattr(config, "content_models", ())))
