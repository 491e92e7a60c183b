"""
The pages every visitor sees alike (the library, guides, causes, red flags, the API's answers,
share cards), kept whole, compressed once, with a strong ETag.

Two parts, and HTTP's own words between them, as between a site and a CDN in front of it:

- `cache_for_everyone` says which answers anyone may keep: a view wears it, and it marks the
  answer `Cache-Control: public` when the address is one the page's own form and links write
  (only the parameters that make the page distinct, each once, in their order) and no visitor's
  one-time message is on it. Anything else, and whatever a view marks `private` itself (the
  library does for free-text search), goes out private, so no one can fill the cache by
  inventing addresses.
- `PageCacheMiddleware` keeps the answers marked public and serves them again, near the top of
  the middleware, so a kept page skips sessions, languages, forgery checks and the view.

Kept answers are filed under the content version: a token in the same cache, which every change
to published content replaces once the change is committed (`content_changed`). A page drawn
from the old content stays under the old token and is never served again, however the drawing
and the change interleave. The cache is shared by every worker of a server (files on disk, or
Redis across servers), so a worker that starts, or is recycled, finds the pages the others
drew, and one change retires them for all.

Django's `cache_page` does not serve here: it keeps the page before compression, so every visit
would compress it again (longer than serving it: 0.3 ms for a guide, 1.6 ms for the library);
compressing first makes it keep one copy per spelling of Accept-Encoding; its keys cannot carry
a content version; and it keeps any answer for any query string.
"""

import gzip
import hashlib
import secrets
from dataclasses import astuple, dataclass
from functools import wraps

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.cache import (
    get_conditional_response,
    has_vary_header,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.http import urlencode

VERSION_KEY = "content-version"
# Kept answers are retired by the content version, not by age; a day keeps the store tidy.
TIMEOUT = 24 * 60 * 60
# What browsers and a shared cache in front may keep: a browser asks again every time (a 304
# with no body when nothing changed), so a correction reaches it at once; a CDN or nginx
# serves its copy for five minutes.
SHARED_MAX_AGE = 5 * 60
# Worth compressing: everything but pictures that are compressed already (the share cards).
COMPRESSIBLE = ("text/", "application/json", "application/javascript", "image/svg+xml")
# Headers that belong to one answer on the wire, not to the page.
NOT_KEPT = {"content-type", "content-length", "content-encoding", "etag", "date", "vary"}


def new_version() -> str:
    return secrets.token_hex(8)


def content_version() -> str:
    """The version of everything published, as every worker sees it."""
    return caches["pages"].get_or_set(VERSION_KEY, new_version, timeout=None)


def content_changed() -> None:
    """Retire every kept answer, once the change that calls this is committed (a page drawn
    before the commit is then filed under the version it was drawn from)."""
    transaction.on_commit(lambda: caches["pages"].set(VERSION_KEY, new_version(), timeout=None))


def canonical_query(request: HttpRequest, params: tuple[str, ...]) -> bool:
    """Whether the address's query is the one the page itself would write: known parameters
    only, each once, in the order of `params`."""
    if not set(request.GET) <= set(params):
        return False
    if any(len(request.GET.getlist(name)) > 1 for name in request.GET):
        return False
    written = urlencode([(name, request.GET[name]) for name in params if name in request.GET])
    return written == request.META.get("QUERY_STRING", "")


def searched_or_respelt(request: HttpRequest, *, page_number: int) -> bool:
    """Whether a list's address holds words typed into a search, or a page number written
    another way ("01", one past the last): as many addresses as anyone likes, so a list marks
    such an answer private."""
    page = request.GET.get("page", str(page_number))
    return bool(request.GET.get("q")) or page != str(page_number)


def cache_for_everyone(view=None, *, params: tuple[str, ...] = (), max_age: int = 0):
    """Mark a view's answers public, so PageCacheMiddleware (and any cache in front) keeps
    them, when they depend only on their address and on published content: `params` names
    the query parameters that make an answer distinct, in the order its links write them;
    `max_age` is how long a browser may keep it without asking."""

    def decorator(view):
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            response = view(request, *args, **kwargs)
            said = response.get("Cache-Control", "")
            if "private" in said:  # the view keeps it for this visitor itself
                return response
            # A visitor with a message waiting ("Chin tuck added to your routine") gets the
            # page drawn for them: it is shown once and never kept for anyone else.
            if (
                request.method in ("GET", "HEAD")
                and response.status_code == 200
                and canonical_query(request, params)
                and not len(get_messages(request))
            ):
                if not said:  # unless the view said how long (a card, a versioned catalogue)
                    patch_cache_control(
                        response, public=True, max_age=max_age, s_maxage=SHARED_MAX_AGE
                    )
            else:
                patch_cache_control(response, private=True)
            return response

        return wrapper

    return decorator(view) if view is not None else decorator


@dataclass(frozen=True)
class KeptPage:
    content_type: str
    headers: tuple[tuple[str, str], ...]
    vary: tuple[str, ...]
    body: bytes
    compressed: bool
    digest: str

    @classmethod
    def of(cls, response: HttpResponse) -> "KeptPage":
        content_type = response["Content-Type"]
        compressed = content_type.startswith(COMPRESSIBLE)
        body = gzip.compress(response.content, mtime=0) if compressed else response.content
        return cls(
            content_type=content_type,
            headers=tuple((k, v) for k, v in response.items() if k.lower() not in NOT_KEPT),
            vary=tuple(v.strip() for v in response.get("Vary", "").split(",") if v.strip()),
            body=body,
            compressed=compressed,
            digest=hashlib.sha256(response.content).hexdigest()[:32],
        )

    def response(self, request: HttpRequest) -> HttpResponse:
        """This page as the request can take it: compressed if it says it accepts gzip (each
        form with an ETag of its own), or a 304 when the visitor has it already."""
        gzipped = self.compressed and "gzip" in request.headers.get("Accept-Encoding", "")
        body = gzip.decompress(self.body) if self.compressed and not gzipped else self.body
        response = HttpResponse(body, content_type=self.content_type)
        for name, value in self.headers:
            response[name] = value
        response["Content-Length"] = str(len(body))  # a HEAD's too: the server drops its body
        response["ETag"] = f'"{self.digest}-gzip"' if gzipped else f'"{self.digest}"'
        if gzipped:
            response["Content-Encoding"] = "gzip"
        patch_vary_headers(response, [*self.vary, "Accept-Encoding"])
        return get_conditional_response(request, etag=response["ETag"], response=response)


def keepable(response: HttpResponse) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and "public" in response.get("Cache-Control", "")
        # never what was meant for one visitor
        and not response.cookies
        and not has_vary_header(response, "Cookie")
    )


class PageCacheMiddleware:
    """Serves the answers kept for everyone, and keeps the ones marked public (see
    `cache_for_everyone`). It stands after SecurityMiddleware and WhiteNoise, so the https
    redirect and static files come first, and before everything a kept page does not need."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.message_cookie = getattr(settings, "MESSAGE_COOKIE_NAME", "messages")

    def key(self, request: HttpRequest) -> str:
        # The scheme and host appear in absolute links (canonical address, share tags, the
        # API's links); whether htmx asked picks a fragment or the whole page. Hashed, since
        # an address may be long or hold characters a cache server will not take.
        where = "\n".join(
            (
                request.scheme,
                request.get_host(),
                request.get_full_path(),
                str(request.headers.get("HX-Request") == "true"),
            )
        )
        return f"page:{content_version()}:{hashlib.sha256(where.encode()).hexdigest()}"

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # A visitor with a one-time message waiting gets their page drawn (and sees it).
        if request.method not in ("GET", "HEAD") or self.message_cookie in request.COOKIES:
            return self.get_response(request)
        key = self.key(request)
        if (stored := caches["pages"].get(key)) is not None:
            return KeptPage(*stored).response(request)
        response = self.get_response(request)
        if not keepable(response):
            return response
        kept = KeptPage.of(response)
        # Stored as plain values, so a release that changes this class can read what is kept.
        caches["pages"].set(key, astuple(kept), TIMEOUT)
        return kept.response(request)
