"""The site's URLs plus one view that fails, to exercise the real 500 path."""

from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def broken(request):
    raise RuntimeError("a failure the visitor should never see the details of")


urlpatterns = [path("broken/", broken), *site_urlpatterns]
