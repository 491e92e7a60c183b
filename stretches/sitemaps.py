from django.contrib.sitemaps import Sitemap

from stretches.models import Stretch


class StretchSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Stretch.objects.published().only("slug", "updated")

    def lastmod(self, stretch: Stretch):
        return stretch.updated
