from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails


class HtmxHttpRequest(HttpRequest):
    """An HttpRequest after HtmxMiddleware, for type hints in views."""

    htmx: HtmxDetails
