"""
The scripts' strings in the page's language (Django's JavaScript catalogue), at an address
named by its wording.

Pages ask for /jsi18n/?v=<version>, the version being a digest of the compiled catalogue the
language reads (and of Django's, whose date and number formats it carries). That address names
one wording for good, so browsers and shared caches may keep it for a year without asking
again; a deploy that changes a string changes the address, and every page drawn after it asks
for the new catalogue. An address without `v`, or with another version, still answers, but
is kept for a few minutes only, and is never stored.
"""

import functools
import hashlib
from pathlib import Path

import django
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, to_locale
from django.views.i18n import JavaScriptCatalog

from sitewide.caching import cache_for_everyone

# Our own catalogue only (LOCALE_PATHS), not the admin's.
catalogue = JavaScriptCatalog.as_view(packages=["sitewide"])
YEAR = 365 * 24 * 60 * 60
SHORT = 5 * 60


@functools.cache
def catalogue_version(language: str) -> str:
    """A digest of the compiled catalogue `language` reads (English reads none)."""
    digest = hashlib.sha256(django.get_version().encode())
    for folder in settings.LOCALE_PATHS:
        compiled = Path(folder) / to_locale(language) / "LC_MESSAGES" / "djangojs.mo"
        if compiled.exists():
            digest.update(compiled.read_bytes())
    return digest.hexdigest()[:16]


def catalogue_url() -> str:
    """The catalogue of the active language, at the address of its current wording."""
    language = get_language() or settings.LANGUAGE_CODE
    return f"{reverse('javascript-catalog')}?v={catalogue_version(language)}"


@cache_for_everyone(params=("v",))
def javascript_catalog(request: HttpRequest) -> HttpResponse:
    response = catalogue(request)
    language = get_language() or settings.LANGUAGE_CODE
    if request.GET.get("v") == catalogue_version(language):
        patch_cache_control(response, public=True, max_age=YEAR, immutable=True)
    else:
        # Another version's address (or none): answered, never stored, soon asked again.
        patch_cache_control(response, private=True, max_age=SHORT)
    return response
