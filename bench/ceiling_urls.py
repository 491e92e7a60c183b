from django.http import HttpResponse
from django.template import engines
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns
from routines.ownership import owned_routine

EMPTY_PAGE = engines["django"].from_string(
    '{% extends "base.html" %}{% block content %}<h1>Empty</h1>{% endblock content %}'
)


def bare(request):
    """The ceiling: the same server, settings and middleware, and a view that does nothing."""
    return HttpResponse("ok")


def empty_page(request):
    """The site's page around nothing: header, navigation, disclaimer, footer."""
    return HttpResponse(EMPTY_PAGE.render({}, request))


def visitor_floor(request):
    """The least a per-visitor page does: find the visitor's routine, then draw an empty page."""
    return HttpResponse(EMPTY_PAGE.render({"routine": owned_routine(request.session)}, request))


urlpatterns = [
    path("bench/bare/", bare),
    path("bench/empty/", empty_page),
    path("bench/visitor/", visitor_floor),
    *site_urlpatterns,
]
