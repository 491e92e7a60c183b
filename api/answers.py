"""
What every API answer shares: the methods it takes, its limit per client address, and the
headers that let any site's scripts read it. Answers are kept like the site's public pages
(sitewide/caching.py): built once per content version, compressed once, with a strong ETag.
"""

import functools

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited
from ninja import Router

from api.errors import error_response
from sitewide.caching import cache_for_everyone

# Only answers to these parameters are kept, in this order (the order of the OpenAPI document,
# and of the `next` and `previous` links); the lists leave out answers to free-text `q` and to
# a page number written another way, so made-up query strings cannot fill the cache.
STORED_PARAMS = ("area", "muscle", "position", "equipment", "difficulty", "q", "page")
# Public, the same for everyone, and corrected now and then: kept by clients and shared
# caches for five minutes, then revalidated cheaply with the ETag.
MAX_AGE = 5 * 60
READING = ("GET", "HEAD")
OTHER_METHODS = ["HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


def method_not_allowed() -> HttpResponse:
    refusal = error_response(405, _("This API only reads: use GET."))
    refusal["Allow"] = ", ".join(READING)
    return refusal


def limited(view):
    """Count each answer to be built against the client address's budget (RATELIMIT_API),
    build it in the site's default language, and let anyone read it."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # The content is written in the site's default language, and so is every answer: one
        # body, one ETag, whatever language a client's headers ask for.
        with translation.override(settings.LANGUAGE_CODE):
            if is_ratelimited(
                request, group="api", key="ip", rate=settings.RATELIMIT_API, increment=True
            ):
                refusal = error_response(
                    429, _("Too many requests from this address: wait a minute.")
                )
                refusal["Retry-After"] = "60"
                return refusal
            response = view(request, *args, **kwargs)
        # Published content, no cookies read: any site's scripts may read it.
        response["Access-Control-Allow-Origin"] = "*"
        response["Cross-Origin-Resource-Policy"] = "cross-origin"
        return response

    return wrapper


def kept(view):
    """Every answer's way: built under the limit, and kept for everyone when its address
    allows. A kept answer (or its 304) is served before the limit counts it: it costs less to
    send than counting it would."""
    return cache_for_everyone(limited(view), params=STORED_PARAMS, max_age=MAX_AGE)


def read_only(view):
    """HEAD answered as GET (the server sends no body), any other method a JSON 405."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method not in READING:
            return method_not_allowed()
        return view(request, *args, **kwargs)

    return wrapper


def endpoint(router: Router, path: str, **options):
    """Register a view for GET at `path`, as the OpenAPI document lists it, and for every other
    method unlisted (see `read_only`)."""

    def register(view):
        unlisted = {**options, "include_in_schema": False}
        router.api_operation(OTHER_METHODS, path, **unlisted)(read_only(view))
        return router.get(path, **options)(view)

    return register
