from django.contrib.sitemaps import Sitemap

from imbalances.models import Cause


class CauseSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Cause.objects.published().only("slug", "updated")

    def lastmod(self, cause: Cause):
        return cause.updated
