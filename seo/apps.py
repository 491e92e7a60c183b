from django.apps import AppConfig


class SeoConfig(AppConfig):
    """How pages present themselves to search engines and to the sites they are shared on:
    canonical addresses, share tags and cards, structured data, sitemaps."""

    name = "seo"
    verbose_name = "Search and sharing"
