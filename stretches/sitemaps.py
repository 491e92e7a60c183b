from seo.sitemaps import BilingualSitemap
from stretches.models import Stretch


class StretchSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Stretch.objects.published().only("slug", "updated")

    def lastmod(self, stretch: Stretch):
        return stretch.updated
