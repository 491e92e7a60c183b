"""
The pages every visitor sees alike (the library, guides, causes, red flags, the API's answers,
share cards), kept whole in the `pages` cache, compressed once, with a strong ETag.

One rule decides what is kept: a GET answered 200, for a visitor with no one-time message
waiting, at an address whose query holds only the parameters that make the page distinct
(the library's filters, a page number), each once and in the order the page's own form and
links write them. A view marks an answer `Cache-Control: private` to keep it out, as Django's
own page cache understands it: the library does for free-text search and for a page number
spelt another way. Anything else (made-up parameters, the same ones shuffled, a refusal) is
drawn afresh, sent as private and never stored, so no one can fill the cache by inventing
addresses.

Stored pages are filed under the content version: a token kept in the same cache, which every
change to published content replaces (`content_changed`, once the change is committed). A page
drawn from the old content stays under the old token and is never served again, however the
drawing and the change interleave. The cache is shared by every worker of a server (files on
disk, or Redis across servers), so a worker that starts, or is recycled, finds the pages the
others drew, and one change retires them for all.

Django's `cache_page` does not serve here: it keeps the page before compression, so every
visit would compress it again (longer than serving it: 0.3 ms for a guide, 1.6 ms for the
library); compressing first makes it keep one copy per spelling of Accept-Encoding; its keys
cannot carry a content version; and it keeps any answer for any query string.
"""

import gzip
import hashlib
import secrets
from dataclasses import dataclass
from functools import wraps

from django.contrib.messages import get_messages
from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import urlencode

VERSION_KEY = "content-version"
# Stored pages are retired by the content version, not by age; a day keeps the folder tidy.
TIMEOUT = 24 * 60 * 60
# What browsers and a shared cache in front may keep: a browser checks again after a minute
# (a 304 when nothing changed); a CDN or nginx serves its copy for five minutes.
SHARED_MAX_AGE = 5 * 60
BROWSER_MAX_AGE = 60
# Worth compressing: everything but pictures that are compressed already (the share cards).
COMPRESSIBLE = ("text/", "application/json", "application/javascript", "image/svg+xml")
# Headers that belong to one answer on the wire, not to the page.
NOT_STORED = {"content-length", "content-encoding", "etag", "set-cookie", "date", "vary"}


def new_version() -> str:
    return secrets.token_hex(8)


def content_version() -> str:
    """The version of everything published, as every worker sees it."""
    return caches["pages"].get_or_set(VERSION_KEY, new_version, timeout=None)


def content_changed() -> None:
    """Retire every stored page, once the change that calls this is committed (a page drawn
    before the commit is then filed under the version it was drawn from)."""
    transaction.on_commit(lambda: caches["pages"].set(VERSION_KEY, new_version(), timeout=None))


@dataclass(frozen=True)
class StoredPage:
    content_type: str
    headers: tuple[tuple[str, str], ...]
    vary: tuple[str, ...]
    body: bytes
    compressed: bool
    digest: str

    @classmethod
    def of(cls, response: HttpResponse) -> "StoredPage":
        content_type = response["Content-Type"]
        compressed = content_type.startswith(COMPRESSIBLE)
        body = gzip.compress(response.content, mtime=0) if compressed else response.content
        return cls(
            content_type=content_type,
            headers=tuple(
                (name, value)
                for name, value in response.items()
                if name.lower() not in NOT_STORED and name.lower() != "content-type"
            ),
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
        response["ETag"] = f'"{self.digest}-gzip"' if gzipped else f'"{self.digest}"'
        if gzipped:
            response["Content-Encoding"] = "gzip"
        patch_vary_headers(response, [*self.vary, "Accept-Encoding"])
        if not response.has_header("Cache-Control"):  # unless the view said how long
            patch_cache_control(
                response, public=True, max_age=BROWSER_MAX_AGE, s_maxage=SHARED_MAX_AGE
            )
        return get_conditional_response(request, etag=response["ETag"], response=response)


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


def storable(request: HttpRequest, params: tuple[str, ...]) -> bool:
    # A visitor with a message waiting ("Chin tuck added to your routine") gets the page drawn
    # for them, so the message is shown once and never kept for anyone else.
    return (
        request.method in ("GET", "HEAD")
        and canonical_query(request, params)
        and not len(get_messages(request))
    )


def page_key(request: HttpRequest) -> str:
    # The scheme and host appear in absolute links (canonical address, share tags, the API's
    # links); whether htmx asked picks a fragment or the whole page. Hashed, since an address
    # may be long or hold characters a cache server will not take.
    where = "\n".join(
        (
            request.scheme,
            request.get_host(),
            request.get_full_path(),
            str(request.headers.get("HX-Request") == "true"),
        )
    )
    return f"page:{content_version()}:{hashlib.sha256(where.encode()).hexdigest()}"


def keepable(response: HttpResponse) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and "private" not in response.get("Cache-Control", "")
        and not response.cookies  # never keep what was meant for one visitor
    )


def cache_for_everyone(view=None, *, params: tuple[str, ...] = ()):
    """Keep the answers of a view that depend only on their address and on published content
    (see the module's docstring); `params` names the query parameters that make an answer
    distinct, in the order its links write them."""

    def decorator(view):
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            key = page_key(request) if storable(request, params) else None
            if key and (stored := caches["pages"].get(key)) is not None:
                return stored.response(request)
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()  # a TemplateResponse, drawn now so it can be kept
            if key and keepable(response):
                stored = StoredPage.of(response)
                caches["pages"].set(key, stored, TIMEOUT)
                return stored.response(request)
            # Drawn for this request alone, and not to be kept by a cache in front either.
            patch_cache_control(response, private=True)
            return response

        return wrapper

    return decorator(view) if view is not None else decorator
