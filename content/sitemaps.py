from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class StaticPageSitemap(Sitemap):
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
