"""
Version 1 of the API: one NinjaAPI, its endpoints, its documentation and the behaviour every
answer shares (api/http.py): GET (and HEAD) only, rate-limited, cached by content version, ETagged.
"""

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from ninja import Field, NinjaAPI, Schema

from api import causes, errors, reference, stretches
from api.http import cached_by_content, limited


def shared_behaviour(view):
    return require_safe(cached_by_content(limited(view)))


api = NinjaAPI(
    title="Upright API",
    version="1",
    description=(
        "The published stretches, causes, muscles, body areas and red flags of Upright, read "
        "only. Every answer carries a strong ETag (send it back in If-None-Match for a 304) "
        "and may be kept for five minutes. Requests are limited per address."
    ),
    urls_namespace="api",
    docs_url=None,  # our own page (api/docs.py), served beside it
    docs_decorator=shared_behaviour,
)
# Each wraps the last. The limit guards the work: a stored answer (or its 304) costs one query,
# less than counting it in the rate-limit table would.
api.add_decorator(limited, mode="view")
api.add_decorator(cached_by_content, mode="view")
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


@api.get("/", response=Index, url_name="index", tags=["index"], summary="The endpoints")
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
