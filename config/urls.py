from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.generic import TemplateView

from content import views
from content.page_cache import cache_for_everyone
from content.sitemaps import StaticPageSitemap
from imbalances.sitemaps import CauseSitemap
from stretches.sitemaps import StretchSitemap

sitemaps = {"pages": StaticPageSitemap, "stretches": StretchSitemap, "causes": CauseSitemap}

urlpatterns = [
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
    path("healthz", views.healthz, name="healthz"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("admin/", admin.site.urls),
]
