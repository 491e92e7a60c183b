"""
What every API answer shares on the wire: a body computed once per content version, in one
language, with a strong ETag, so a client that already has it gets a 304 and no body; and a
rate limit per client address on the answers that must be computed.

The key carries the content version (an editor's change moves it) and the release (a deploy's
new code never serves bodies drawn by the old one), as the page cache's does; the bodies live
in the same `pages` cache. The compressed body is made here, once, rather than by
GZipMiddleware on every response, which would also weaken the ETag: each representation has a
strong tag of its own.
"""

import functools
import gzip
import hashlib

import ninja
from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited

from api.errors import error_response
from content.models import ContentVersion
from content.page_cache import TIMEOUT, release

# Public, the same for everyone, and corrected now and then: kept by clients and shared
# caches for a few minutes, then revalidated cheaply with the ETag.
CACHE_CONTROL = "public, max-age=300"
# Only answers to these parameters are stored, so made-up query strings cannot fill the cache.
STORED_PARAMS = frozenset({"area", "muscle", "position", "equipment", "difficulty", "q", "page"})


def limited(run):
    """Count each answer to be built against the client address's budget (RATELIMIT_API),
    and build it in the site's default language."""

    @functools.wraps(run)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # The content is written in the site's default language, and so is every answer: one
        # body, one ETag, whatever language a client's headers ask for.
        with translation.override(settings.LANGUAGE_CODE):
            if is_ratelimited(
                request, group="api", key="ip", rate=settings.RATELIMIT_API, increment=True
            ):
                message = _("Too many requests from this address: wait a minute.")
                refusal = error_response(429, message)
                refusal["Retry-After"] = "60"
                return refusal
            return run(request, *args, **kwargs)

    return wrapper


def body_key(request: HttpRequest) -> str:
    # The scheme and host appear in the bodies' absolute links, as in the page cache's key.
    parts = (request.scheme, request.get_host(), request.get_full_path())
    where = hashlib.sha256("\n".join(parts).encode())
    version = ContentVersion.current()
    return f"api:{release()}:{ninja.__version__}:{version}:{where.hexdigest()}"


def cached_by_content(run):
    """Serve a stored body while the content version stands; answer If-None-Match with 304."""

    @functools.wraps(run)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        storable = set(request.GET) <= STORED_PARAMS
        key = body_key(request)
        stored = caches["pages"].get(key) if storable else None
        if stored is None:
            response = run(request, *args, **kwargs)
            if response.status_code != 200:
                return response
            stored = stored_body(response)
            if storable:
                caches["pages"].set(key, stored, TIMEOUT)
        return representation(request, *stored)

    return wrapper


def stored_body(response: HttpResponse) -> tuple[str, bytes, bytes, str]:
    body = response.content
    digest = hashlib.sha256(body).hexdigest()[:32]
    return response["Content-Type"], body, gzip.compress(body, mtime=0), digest


def representation(
    request: HttpRequest, content_type: str, body: bytes, compressed: bytes, digest: str
) -> HttpResponse:
    if "gzip" in request.headers.get("Accept-Encoding", ""):
        response = HttpResponse(compressed, content_type=content_type)
        response["Content-Encoding"] = "gzip"
        response["ETag"] = f'"{digest}-gzip"'
    else:
        response = HttpResponse(body, content_type=content_type)
        response["ETag"] = f'"{digest}"'
    response["Cache-Control"] = CACHE_CONTROL
    patch_vary_headers(response, ["Accept-Encoding"])
    # Published content, no cookies read: any site's scripts may read it.
    response["Access-Control-Allow-Origin"] = "*"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return get_conditional_response(request, etag=response["ETag"], response=response)
