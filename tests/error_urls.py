"""The site's URLs plus one view that fails, to exercise the real 500 path."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def broken(request):
    raise RuntimeError("a failure the visitor should never see the details of")


# /broken/ in English and /es/broken/ in Spanish, like the site's own pages.
urlpatterns = [
    *i18n_patterns(path("broken/", broken), prefix_default_language=False),
    *site_urlpatterns,
]
