from django.http import HttpRequest
from django.views.decorators.cache import cache_control
from django_htmx.middleware import HtmxDetails

# A page drawn for one visitor (their routine, their history): a shared cache in front of the
# site (a CDN, nginx) must never keep it for anyone else.
private = cache_control(private=True)


class HtmxHttpRequest(HttpRequest):
    """An HttpRequest after HtmxMiddleware, for type hints in views."""

    htmx: HtmxDetails


def absolute_url(request: HttpRequest, path: str) -> str:
    """This site's address for `path`, a path on it. Unlike `build_absolute_uri`, a path that
    begins with `//` (GET //evil.example/x) stays a path here rather than naming another host.
    Raises DisallowedHost for a host this site does not serve, as `get_host` does."""
    return f"{request.scheme}://{request.get_host()}{path}"
