"""
What makes Upright installable and usable offline: the web app manifest, the service worker
and the page it shows when a page was never opened on this device.

The worker's script is a static file (static/js/sw.js), served here at /sw.js rather than
under /static/ so that its scope is the whole site. This view puts one line in front of it,
`const UPRIGHT = {...}`: the version, the fingerprinted static files it stores on install and
the offline page in each language. The version carries the release and the static files'
names only, so a deploy gives the browser a new worker and an editor's save does not: pages
are network first, so a visitor online sees the change anyway, and no device downloads the
static files and its kept pages again after each edit (see static/js/sw.js for the rest).

The manifest and the offline page are in each language (/es/...); the worker is one script.
"""

import functools
import hashlib
import json

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override
from django.views.decorators.http import require_safe

# What a page needs from /static/: stored when the worker installs, so any page kept on the
# device, and the offline page, draw as they do online.
PRECACHED_STATIC = (
    "css/upright.css",
    "css/figures.css",
    "css/bodymap.css",
    "css/player.css",
    "css/nojs.css",
    "js/offline.js",
    "js/offline-page.js",
    "js/offline-sessions.js",
    "js/outbox.js",
    "js/player.js",
    "js/share.js",
    "img/favicon.svg",
    "django_htmx/htmx-2.min.js",
)

# The light theme's header and page colours (static/css/upright.css).
THEME_COLOUR = "#0b5d5b"
BACKGROUND_COLOUR = "#fbfaf7"


@functools.cache
def worker_source() -> str:
    with open(finders.find("js/sw.js"), encoding="utf-8") as source:
        return source.read()


def offline_pages() -> dict[str, str]:
    """The offline page in each language, by the prefix of the pages it stands in for:
    {"": "/offline/", "/es": "/es/offline/"}."""
    pages = {}
    for code, _name in settings.LANGUAGES:
        with override(code):
            page = reverse("offline")
        pages[page.removesuffix("/offline/")] = page
    return pages


@require_safe
def service_worker(request: HttpRequest) -> HttpResponse:
    precache = [static(name) for name in PRECACHED_STATIC]
    # The static files change name only with a deploy; the worker's caches follow them.
    static_version = hashlib.sha256(" ".join(precache).encode()).hexdigest()[:12]
    worker = {
        "version": f"{settings.RELEASE}-{static_version}",
        "static_version": static_version,
        "offline": offline_pages(),
        "outbox": static("js/outbox.js"),
        "precache": precache,
    }
    script = f"const UPRIGHT = {json.dumps(worker)};\n{worker_source()}"
    response = HttpResponse(script, content_type="text/javascript; charset=utf-8")
    # The browser asks again on every navigation (at most once a day it must anyway);
    # no-cache makes it check with us, so a new version is found at once.
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
def manifest(request: HttpRequest) -> JsonResponse:
    home = reverse("imbalances:home")
    icon = functools.partial(dict, type="image/png")
    data = {
        "name": _("Upright: help for neck and upper-back pain"),
        "short_name": "Upright",
        "description": _(
            "Why the neck and upper back hurt, the stretches that may help, and when to see "
            "a doctor."
        ),
        "id": home,
        "start_url": home,
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            icon(src=static("img/icon-192.png"), sizes="192x192", purpose="any"),
            icon(src=static("img/icon-512.png"), sizes="512x512", purpose="any"),
            icon(src=static("img/icon-maskable-512.png"), sizes="512x512", purpose="maskable"),
            {"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    return response


@require_safe
def offline(request: HttpRequest) -> HttpResponse:
    """Shown by the service worker in place of a page this device never kept."""
    return render(request, "offline.html")
