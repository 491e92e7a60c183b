"""Pages of a list: a count, the page's items and absolute links to the pages either side."""

from django.core.paginator import EmptyPage, Paginator
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from api.errors import ApiError
from sitewide.caching import searched_or_respelt

PER_PAGE = 20


def page_of(request: HttpRequest, response: HttpResponse, items, number: int) -> dict:
    """One page of `items` (a queryset, counted once and sliced once), or a 404 past the end."""
    paginator = Paginator(items, PER_PAGE)
    try:
        page = paginator.page(number)
    except EmptyPage:
        message = _("There is no page %(number)s: the last is page %(last)s.") % {
            "number": number,
            "last": paginator.num_pages,
        }
        raise ApiError(404, message, {"page": [message]}) from None
    if searched_or_respelt(request, page_number=page.number):
        patch_cache_control(response, private=True)  # answered, never kept
    return {
        "count": paginator.count,
        "page": page.number,
        "pages": paginator.num_pages,
        "per_page": PER_PAGE,
        "next": link(request, page.next_page_number()) if page.has_next() else None,
        "previous": link(request, page.previous_page_number()) if page.has_previous() else None,
        "items": list(page.object_list),
    }


def link(request: HttpRequest, number: int) -> str:
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
