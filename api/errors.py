"""
Every refusal the API makes, as JSON of one shape (schemas.Error): a status, a sentence, and
for a bad parameter its name and what was wrong. Nothing a client sends reaches a 500.
"""

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError


class ApiError(HttpError):
    def __init__(self, status: int, message: str, fields: dict[str, list[str]] | None = None):
        super().__init__(status, message)
        self.fields = fields or {}


def error_response(status: int, message: str, fields: dict | None = None) -> JsonResponse:
    body = {"status": status, "message": message, "fields": fields or {}}
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


def parameter_errors(exc: ValidationError) -> dict[str, list[str]]:
    """Ninja's pydantic errors, keyed by the parameter's name as the client sent it."""
    fields: dict[str, list[str]] = {}
    for error in exc.errors:
        name = str(error["loc"][-1]) if error.get("loc") else "request"
        fields.setdefault(name, []).append(error["msg"])
    return fields


def install(api: NinjaAPI) -> None:
    """Answer ninja's own refusals in our shape: a parameter of the wrong type is a 400 (not
    ninja's 422), as a filter the form refuses is."""

    @api.exception_handler(ValidationError)
    def bad_parameter(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        message = _("A parameter was not understood.")
        return error_response(400, message, parameter_errors(exc))

    @api.exception_handler(ApiError)
    def refused(request: HttpRequest, exc: ApiError) -> HttpResponse:
        return error_response(exc.status_code, exc.message, exc.fields)

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return error_response(404, str(exc) or _("Nothing is published at this address."))


def unknown_endpoint(request: HttpRequest) -> JsonResponse:
    return error_response(404, _("There is no such endpoint: the list is at /api/v1/docs."))
