"""
The scripts' strings in the page's language (Django's JavaScript catalogue), at an address
that changes with every release.

Pages ask for /jsi18n/?v=<release>. That address names one wording for good, so browsers and
shared caches may keep it for a year without asking again; a deploy that changes a string
changes the address, and every page drawn after it asks for the new catalogue. An address
without `v`, or with another release's, still answers, but is kept only for a few minutes.
"""

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.i18n import JavaScriptCatalog

from content.page_cache import cache_for_everyone, release

# Our own catalogue only (LOCALE_PATHS), not the admin's.
catalogue = JavaScriptCatalog.as_view(packages=["sitewide"])
stored_catalogue = cache_for_everyone(catalogue, params=frozenset({"v"}))
YEAR = 365 * 24 * 60 * 60
SHORT = 5 * 60


def catalogue_url() -> str:
    """The catalogue of the active language in this release."""
    return f"{reverse('javascript-catalog')}?v={release()}"


def javascript_catalog(request: HttpRequest) -> HttpResponse:
    current = request.GET.get("v") == release()
    # Only this release's address (and the bare one) is kept in the page cache, so made-up
    # versions cannot fill it.
    stale = "v" in request.GET and not current
    response = catalogue(request) if stale else stored_catalogue(request)
    if current:
        patch_cache_control(response, public=True, max_age=YEAR, immutable=True)
    else:
        patch_cache_control(response, public=True, max_age=SHORT)
    return response
