from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.generic import TemplateView

from api.errors import unknown_endpoint
from api.v1 import api
from imbalances.sitemaps import CauseSitemap
from offline import views as offline
from seo import cards
from seo.sitemaps import StaticPageSitemap
from sitewide import catalog, views
from sitewide.caching import cache_for_everyone
from stretches.sitemaps import StretchSitemap

sitemaps = {"pages": StaticPageSitemap, "stretches": StretchSitemap, "causes": CauseSitemap}

# The pages, in English at the paths the URL contract names and in Spanish under /es/.
urlpatterns = i18n_patterns(
    path("", include("imbalances.urls")),
    path("stretches/", include("stretches.urls")),
    path("", include("routines.urls")),
    path(
        "disclaimer/",
        cache_for_everyone(TemplateView.as_view(template_name="pages/disclaimer.html")),
        name="disclaimer",
    ),
    path(
        "self-care/",
        cache_for_everyone(TemplateView.as_view(template_name="pages/self_care.html")),
        name="self_care",
    ),
    # The share card of pages without a picture of their own (seo/cards.py).
    path("card.png", cards.site_card, name="share_card"),
    # The scripts' strings in the page's language, at an address named by their wording
    # (sitewide/catalog.py), so browsers may keep it for good.
    path("jsi18n/", catalog.javascript_catalog, name="javascript-catalog"),
    # Installable and offline (offline/views.py), in the visitor's language.
    path("manifest.webmanifest", offline.manifest, name="manifest"),
    path("offline/", offline.offline, name="offline"),
    prefix_default_language=False,
)

# Machine-facing endpoints answer in one language at one address.
urlpatterns += [
    path("healthz", views.healthz, name="healthz"),
    # The service worker (offline/views.py) at the root, so its scope is the whole site.
    path("sw.js", offline.service_worker, name="service_worker"),
    path("api/v1/", api.urls),
    # Any other address under the API's: a 404 in JSON, as the API answers everything.
    re_path(r"^api/v1/", unknown_endpoint, name="api_unknown"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("admin/", admin.site.urls),
]
