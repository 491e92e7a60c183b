"""
The API's routes: ninja's, each answering HEAD as GET and a wrong method in JSON as well, and a JSON 404 for
any other address under the API's prefix.
"""

import functools

from django.urls import URLPattern, include, path, re_path

from api.docs import docs
from api.errors import method_not_allowed, unknown_endpoint
from api.v1 import api, shared_behaviour


def json_refusals(view):
    """Ninja (and require_safe) refuse a wrong method in plain text; say it in JSON. HEAD is
    answered as GET is, headers and all (ETag, Content-Length), without the body: ninja
    routes only the methods an operation names, and the OpenAPI document should list GET."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "HEAD":
            return headers_only(wrapper, request, *args, **kwargs)
        response = view(request, *args, **kwargs)
        return method_not_allowed(response) if response.status_code == 405 else response

    return wrapper


def headers_only(view, request, *args, **kwargs):
    request.method = "GET"
    try:
        response = view(request, *args, **kwargs)
    finally:
        request.method = "HEAD"
    if not response.streaming:
        response["Content-Length"] = str(len(response.content))
        response.content = b""
    return response


def routes() -> list[URLPattern]:
    patterns, _app_name, _namespace = api.urls
    return [
        URLPattern(p.pattern, json_refusals(p.callback), p.default_args, p.name) for p in patterns
    ]


urlpatterns = [
    path(
        "",
        include(
            (
                [
                    *routes(),
                    path("docs", json_refusals(shared_behaviour(docs)), {"api": api}, name="docs"),
                    re_path(r"^.+$", unknown_endpoint, name="unknown"),
                ],
                "api",
            )
        ),
    ),
]
