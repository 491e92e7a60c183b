"""
Whole-page caching for the pages every visitor sees alike: the library, guides, causes and
red flags.

Forgery protection reads the browser's Fetch metadata (django-modern-csrf), so no page
carries a per-visitor token and a public page is the same bytes for everyone. Each page is
rendered once, compressed once and kept in the `pages` cache under a key that carries the
content version (an editor's change moves it, so no stored page outlives it) and the release
(so a deploy's new templates never meet pages drawn by the old ones).
"""

import functools
import gzip
import hashlib
from pathlib import Path

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

from content.models import ContentVersion

TIMEOUT = 60 * 60


RELEASE_FILES = ("config", "content", "stretches", "imbalances", "api", "templates", "locale")
# Code, templates and the compiled translation catalogues: a new translation is a new release,
# so no page stored with the old wording is served after it.
RELEASE_SUFFIXES = {".py", ".html", ".mo"}


@functools.cache
def release() -> str:
    """A digest of the code, templates and translations this process runs, computed once."""
    digest = hashlib.sha256()
    for folder in RELEASE_FILES:
        for path in sorted((Path(settings.BASE_DIR) / folder).rglob("*")):
            if path.suffix in RELEASE_SUFFIXES:
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def page_key(request) -> str:
    # The htmx headers pick a fragment or the whole page; the scheme and host appear in
    # absolute links (the canonical address, the share tags, the structured data).
    # Hashed, since a URL may be long or hold characters a cache server will not take.
    parts = (
        request.headers.get("HX-Request", ""),
        request.headers.get("HX-History-Restore-Request", ""),
        request.scheme,
        request.get_host(),
        request.get_full_path(),
    )
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"page:{release()}:{ContentVersion.current()}:{digest}"


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


def cache_for_everyone(view=None, *, params: frozenset[str] = frozenset()):
    """Cache a view whose page depends only on its URL and the published content. Only URLs
    whose query uses `params` are stored, and only pages that answer 200, so made-up query
    strings cannot fill the cache; those pages are still served, freshly drawn."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            # A visitor with a message waiting (after adding a stretch, say) gets a fresh
            # page, so the message is shown once and never stored for others.
            if (
                request.method not in ("GET", "HEAD")
                or not set(request.GET) <= params
                or len(get_messages(request))
            ):
                return view(request, *args, **kwargs)
            pages, key = caches["pages"], page_key(request)
            if stored := pages.get(key):
                return stored_response(*stored, request)
            response = view(request, *args, **kwargs)
            if callable(getattr(response, "render", None)) and not response.is_rendered:
                response.render()  # a TemplateResponse, rendered here so it can be kept
            if response.status_code != 200 or response.streaming:
                return response
            stored = (200, response["Content-Type"], gzip.compress(response.content, mtime=0))
            pages.set(key, stored, TIMEOUT)
            return stored_response(*stored, request)

        return wrapper

    return decorator(view) if view is not None else decorator
