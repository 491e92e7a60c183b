"""
Whole-page caching: for the pages every visitor sees alike (library, guides, causes), and for
a routine's pages, keyed by the routine's last change.

A cached page is keyed by the content version, so an editor's change shows at once, and by
the URL and the htmx headers. Pages carry a CSRF token in their forms; the page is stored in
pieces cut where the token goes, and served with the visitor's own token (compressed once,
around the tokens: see config/gzip_pieces.py). A visitor with a message waiting gets a freshly
rendered page, so the message is never lost.
"""

import hashlib
import re
from functools import wraps

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import CSRF_TOKEN_LENGTH, get_token
from django.utils.cache import patch_vary_headers

from config.gzip_pieces import CompressedPage
from stretches.models import ContentVersion

# Every rendering masks the token afresh, so find it by its place in the form, not its value.
# (Text a request puts in the page is escaped, so it can never look like this.)
TOKEN_VALUE = re.compile(rb'(?<=name="csrfmiddlewaretoken" value=")[^"]+(?=")')
TIMEOUT = 60 * 60
CACHEABLE = {200, 400}
# Part of every key, so servers of an older release sharing the cache never read a new entry.
STORED_FORMAT = "pieces"


def htmx_flags(request) -> str:
    return request.headers.get("HX-Request", "") + request.headers.get(
        "HX-History-Restore-Request", ""
    )


def cached_response(request, key: str, build) -> HttpResponse:
    """The page for `key` from the cache, or build it (a zero-argument callable) and keep it."""
    if (
        not settings.PAGE_CACHE
        or request.method not in ("GET", "HEAD")
        or len(get_messages(request))
    ):
        return build()
    # Hashed: a URL may be long or hold characters a cache server will not take in a key.
    digest = hashlib.sha256(f"{htmx_flags(request)}:{key}".encode()).hexdigest()
    key = f"page:{STORED_FORMAT}:{ContentVersion.current()}:{digest}"
    if cached := cache.get(key):
        return serve_stored(request, *cached)
    response = build()
    if callable(getattr(response, "render", None)) and not response.is_rendered:
        response.render()  # a TemplateResponse, rendered here so its content can be kept
    if response.status_code in CACHEABLE and not response.streaming:
        page = CompressedPage.of(TOKEN_VALUE.split(response.content), CSRF_TOKEN_LENGTH)
        cache.set(key, (response.status_code, page), TIMEOUT)
    return response


def serve_stored(request, status: int, page: CompressedPage) -> HttpResponse:
    """A stored page, with the visitor's own CSRF token wherever a form needs one."""
    token = get_token(request).encode() if len(page.pieces) > 1 else b""
    # The page was compressed leaving room for a token of exactly this length; anything else
    # is left to the GZip middleware.
    joinable = bool(page.compressed) and (len(page.pieces) == 1 or len(token) == CSRF_TOKEN_LENGTH)
    if "gzip" not in request.headers.get("Accept-Encoding", "") or not joinable:
        return HttpResponse(page.text(token), status=status)
    response = HttpResponse(page.gzip(token), status=status)
    response["Content-Encoding"] = "gzip"
    patch_vary_headers(response, ["Accept-Encoding"])
    return response


def cache_for_everyone(view):
    """Cache a view whose page depends only on its URL and the published content."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return cached_response(
            request, request.get_full_path(), lambda: view(request, *args, **kwargs)
        )

    return wrapper
