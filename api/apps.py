from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The read-only JSON API of the published library, causes and red flags."""

    name = "api"
    verbose_name = "JSON API"
