"""
Version 1 of the API: one NinjaAPI, its endpoints, its documentation and the behaviour every
answer shares (api/answers.py): GET (and HEAD) only, rate-limited, kept by content version,
with an ETag.
"""

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Schema

from api import causes, errors, reference, stretches
from api.answers import endpoint, kept, read_only
from api.docs import docs

api = NinjaAPI(
    title="Upright API",
    version="1",
    description=(
        "The published stretches, causes, muscles, body areas and red flags of Upright, read "
        "only. Every answer carries a strong ETag (send it back in If-None-Match for a 304) "
        "and may be kept for five minutes. Requests are limited per address."
    ),
    urls_namespace="api",
    docs_url=None,  # our own page (api/docs.py), at /docs below
    docs_decorator=lambda view: read_only(kept(view)),  # the OpenAPI document's
)
api.add_decorator(kept, mode="view")
errors.install(api)
api.add_router("", stretches.router)
api.add_router("", causes.router)
api.add_router("", reference.router)


class Index(Schema):
    docs: str
    openapi: str
    endpoints: dict[str, str]
    disclaimer: str = Field(description="Shown with the content on every page of the site.")
    disclaimer_url: str


@endpoint(
    api.default_router,
    "/",
    response=Index,
    url_name="index",
    tags=["index"],
    summary="The endpoints",
)
def index(request: HttpRequest):
    """Where everything is."""
    names = ["stretches", "causes", "muscles", "areas", "red_flags"]
    return {
        "docs": request.build_absolute_uri(reverse("api:docs")),
        "openapi": request.build_absolute_uri(reverse("api:openapi-json")),
        "endpoints": {name: request.build_absolute_uri(reverse(f"api:{name}")) for name in names},
        "disclaimer": _(
            "Upright is information, not medical advice, and is no substitute for a doctor or "
            "physiotherapist who can examine you. Stop any stretch that causes pain."
        ),
        "disclaimer_url": request.build_absolute_uri(reverse("disclaimer")),
    }


@endpoint(api.default_router, "/docs", url_name="docs", include_in_schema=False)
def documentation(request: HttpRequest) -> HttpResponse:
    """Every endpoint, its parameters and the fields of its answers, as a page to read."""
    return docs(request, api)
