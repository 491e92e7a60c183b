from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Stretch


class StretchSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Stretch.objects.published().only("slug", "updated")

    def lastmod(self, stretch: Stretch):
        return stretch.updated


class StaticPageSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return [
            "imbalances:home",
            "stretches:list",
            "imbalances:list",
            "imbalances:red_flags",
            "disclaimer",
        ]

    def location(self, name: str) -> str:
        return reverse(name)
