from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.decorators.cache import cache_control
from django.views.generic import TemplateView
from django.views.i18n import JavaScriptCatalog

from content import cards, offline, views
from content.page_cache import cache_for_everyone
from content.sitemaps import StaticPageSitemap
from imbalances.sitemaps import CauseSitemap
from stretches.sitemaps import StretchSitemap

sitemaps = {"pages": StaticPageSitemap, "stretches": StretchSitemap, "causes": CauseSitemap}

# The pages, in English at the paths the URL contract names and in Spanish under /es/.
urlpatterns = i18n_patterns(
    path("", include("imbalances.urls")),
    path("stretches/", include("stretches.urls")),
    path("", include("stretches.routines.urls")),
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
    # The share card of pages without a picture of their own (content/cards.py).
    path("card.png", cards.site_card, name="share_card"),
    # The scripts' strings in the page's language: our own catalogue only (LOCALE_PATHS), not
    # the admin's. Kept whole in the page cache; browsers may keep it for an hour.
    path(
        "jsi18n/",
        cache_control(public=True, max_age=60 * 60)(
            cache_for_everyone(JavaScriptCatalog.as_view(packages=["content"]))
        ),
        name="javascript-catalog",
    ),
    prefix_default_language=False,
)

# Machine-facing endpoints answer in one language at one address.
urlpatterns += [
    path("healthz", views.healthz, name="healthz"),
    # Installable and offline (content/offline.py): the worker at the root, so its scope is
    # the whole site.
    path("manifest.webmanifest", offline.manifest, name="manifest"),
    path("sw.js", offline.service_worker, name="service_worker"),
    path("offline/", offline.offline, name="offline"),
    path("api/v1/", include("api.urls")),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("admin/", admin.site.urls),
]
