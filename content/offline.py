"""
What makes Upright installable and usable offline: the web app manifest, the service worker
and the page it shows when a page was never opened on this device.

The worker's script is a static file (static/js/sw.js), served here at /sw.js rather than
under /static/ so that its scope is the whole site. This view puts two lines in front of it:
the version, which names its caches, and the fingerprinted static files it stores on install.
The version carries the release and the content version, so an editor's change or a deploy
changes the worker's bytes, the browser installs the new worker, and the new worker deletes
the old caches (see static/js/sw.js for the rest).
"""

import functools
import hashlib
import json

from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from content.models import ContentVersion
from content.page_cache import release

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


def worker_version() -> str:
    return f"{release()}-{ContentVersion.current()}"


@require_safe
def service_worker(request: HttpRequest) -> HttpResponse:
    precache = [static(name) for name in PRECACHED_STATIC]
    settings = {
        "version": worker_version(),
        # Pages are kept per version; static files only change name with a deploy.
        "static_version": hashlib.sha256(" ".join(precache).encode()).hexdigest()[:12],
        "offline": reverse("offline"),
        "outbox": static("js/outbox.js"),
        "precache": precache,
    }
    script = f"const UPRIGHT = {json.dumps(settings)};\n{worker_source()}"
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
