from imbalances.models import Cause
from seo.sitemaps import BilingualSitemap


class CauseSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Cause.objects.published().only("slug", "updated")

    def lastmod(self, cause: Cause):
        return cause.updated
