from content.sitemaps import BilingualSitemap
from imbalances.models import Cause


class CauseSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Cause.objects.published().only("slug", "updated")

    def lastmod(self, cause: Cause):
        return cause.updated
