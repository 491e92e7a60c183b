from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class BilingualSitemap(Sitemap):
    """Every page once per language, each entry naming the others (and English as x-default),
    so a search engine offers Spanish readers the /es/ page."""

    i18n = True
    alternates = True
    x_default = True


class StaticPageSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return [
            "imbalances:home",
            "stretches:list",
            "imbalances:list",
            "imbalances:red_flags",
            "self_care",
            "disclaimer",
        ]

    def location(self, name: str) -> str:
        return reverse(name)
