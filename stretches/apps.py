from django.apps import AppConfig


class StretchesConfig(AppConfig):
    name = "stretches"
    verbose_name = "Stretch library"
    # Read by the content app: what load_content runs, and whose changes retire cached pages.
    content_loaders = [
        "stretches.content_loader.load_stretches",
    ]
    content_models = ["BodyArea", "Muscle", "Stretch", "StretchSource", "StretchStep"]
