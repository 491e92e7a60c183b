from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.generic import TemplateView
from django_ratelimit.decorators import ratelimit

from config import views
from config.page_cache import cache_for_everyone
from config.sitemaps import StaticPageSitemap
from imbalances.sitemaps import CauseSitemap
from stretches.sitemaps import StretchSitemap

# Slow down password guessing at the admin login, per client address.
admin.site.login = ratelimit(key="ip", rate=settings.RATELIMIT_LOGINS, method="POST", block=True)(
    admin.site.login
)
admin.site.site_header = "Upright content"
admin.site.site_title = "Upright admin"
admin.site.index_title = "Stretches, causes and red flags"

sitemaps = {"pages": StaticPageSitemap, "stretches": StretchSitemap, "causes": CauseSitemap}

urlpatterns = [
    path("", include("imbalances.urls")),
    path("stretches/", include("stretches.urls")),
    path("", include("stretches.routine_urls")),
    path(
        "disclaimer/",
        cache_for_everyone(TemplateView.as_view(template_name="pages/disclaimer.html")),
        name="disclaimer",
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
