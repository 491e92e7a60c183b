"""
Cross-site request forgery protection from the browser's own word about where a request
came from, instead of a token in every form.

Modern browsers send `Sec-Fetch-Site` with every request: `same-origin` when our own page
made it, `none` when the visitor typed the address or used a bookmark, `same-site` or
`cross-site` otherwise. A write is allowed only from our own origin. Browsers too old to send
the header still send `Origin` with a cross-site POST, so when the header is missing the
Origin must name this site; a request with neither header did not come from a browser page
(curl, a server), which is not what forgery protection guards against. The rules are those
of Go's net/http CrossOriginProtection and of OWASP's cheat sheet; SameSite=Lax cookies back
them up.

Since pages then carry no per-visitor token, a public page is the same bytes for everyone and
can be cached whole (content/page_cache.py). The admin keeps Django's token check as well:
its views protect themselves with csrf_protect.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import render

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}
ALLOWED_FETCH_SITES = {"same-origin", "none"}

forgery_log = logging.getLogger("upright.forgery")


def same_origin(request, origin: str) -> bool:
    if origin in settings.CSRF_TRUSTED_ORIGINS:
        return True
    parts = urlsplit(origin)
    scheme = "https" if request.is_secure() else "http"
    return parts.scheme == scheme and parts.netloc == request.get_host() and not parts.path


def check_origin(request) -> str | None:
    """Why the request must be refused, or None when it may go ahead."""
    if request.method in SAFE_METHODS:
        return None
    fetch_site = request.headers.get("Sec-Fetch-Site")
    origin = request.headers.get("Origin")
    if fetch_site is not None:
        if fetch_site in ALLOWED_FETCH_SITES or origin in settings.CSRF_TRUSTED_ORIGINS:
            return None
        return f"Sec-Fetch-Site is {fetch_site!r}"
    if origin is None:
        return None  # not sent by a web page
    if same_origin(request, origin):
        return None
    return f"Origin {origin!r} is not this site"


class CrossOriginProtectionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if reason := check_origin(request):
            forgery_log.warning(
                "Refused a cross-origin %s to %s: %s", request.method, request.path, reason
            )
            return render(request, "403_csrf.html", status=403)
        return self.get_response(request)
