from django.contrib.messages import get_messages
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control


class OneTimePagesMiddleware:
    """A page that showed a one-time message ("Chin tuck added to your routine") is marked
    `Cache-Control: no-store`, so the service worker does not keep it and show the message
    again offline. Showing the messages iterates them, which marks the storage used."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        shown = get_messages(request)
        if getattr(shown, "used", False) and len(shown):
            patch_cache_control(response, no_store=True)
        return response
