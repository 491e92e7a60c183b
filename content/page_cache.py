"""
Whole-page caching for the pages every visitor sees alike: the library, guides, causes and
red flags.

Forgery protection reads the browser's Fetch metadata (see config/forgery.py), so no page
carries a per-visitor token and a public page is the same bytes for everyone. Each page is
rendered once, compressed once and kept in the `pages` cache under a key that carries the
content version: an editor's change moves the version, so no stored page outlives it.
"""

import gzip
import hashlib
from functools import wraps

from django.contrib.messages import get_messages
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

from content.models import ContentVersion

TIMEOUT = 60 * 60
# A 400 is a page too: the library explains a filter it cannot use.
CACHEABLE = {200, 400}


def page_key(request) -> str:
    # The htmx headers pick a fragment or the whole page; the host appears in absolute links.
    # Hashed, since a URL may be long or hold characters a cache server will not take.
    parts = (
        request.headers.get("HX-Request", ""),
        request.headers.get("HX-History-Restore-Request", ""),
        request.get_host(),
        request.get_full_path(),
    )
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"page:{ContentVersion.current()}:{digest}"


def stored_response(status: int, content_type: str, compressed: bytes, request) -> HttpResponse:
    if "gzip" in request.headers.get("Accept-Encoding", ""):
        response = HttpResponse(compressed, status=status, content_type=content_type)
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(
            gzip.decompress(compressed), status=status, content_type=content_type
        )
    patch_vary_headers(response, ["Accept-Encoding", "HX-Request"])
    return response


def cache_for_everyone(view):
    """Cache a view whose page depends only on its URL and the published content."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        # A visitor with a message waiting (after adding a stretch, say) gets a fresh page,
        # so the message is shown once and never stored for others.
        if request.method not in ("GET", "HEAD") or len(get_messages(request)):
            return view(request, *args, **kwargs)
        pages, key = caches["pages"], page_key(request)
        if stored := pages.get(key):
            return stored_response(*stored, request)
        response = view(request, *args, **kwargs)
        if callable(getattr(response, "render", None)) and not response.is_rendered:
            response.render()  # a TemplateResponse, rendered here so its content can be kept
        if response.status_code not in CACHEABLE or response.streaming:
            return response
        stored = (
            response.status_code,
            response["Content-Type"],
            gzip.compress(response.content, mtime=0),
        )
        pages.set(key, stored, TIMEOUT)
        return stored_response(*stored, request)

    return wrapper
